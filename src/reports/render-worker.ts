// The render worker (a node:worker_threads thread): pdfmake, docx and exceljs run here, so a
// document that takes long to lay out never holds up the bot's event loop. One job per worker:
// the job arrives as workerData, the files go back as one message, then the thread ends.
import { parentPort, workerData } from "node:worker_threads";
import { renderJob, type RenderJob } from "./render-job.js";

const files = await renderJob(workerData as RenderJob);
parentPort!.postMessage(files);
