// Who claimed a delivery: this process, by host, pid and a random tag (ReminderDelivery.claimedBy).
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";

export const INSTANCE_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
