import { defaultSignerAuthority } from "../../domain/signature.js";
import type { Db } from "../client.js";

export interface WardSettings {
  slug: string;
  name: string;
  issuerSuperior?: string;
  issuerNameLines: string[];
  placeName: string;
  signerName: string;
  signerTitle?: string;
  signerAuthority?: string;
  recipients?: string[];
  addressees?: string[];
  documentSymbol?: string;
  documentNumber?: number | null;
  /** Days before the deadline a reminder goes out, e.g. "3,1,0". */
  reminderDays?: string;
  /** Local time of the reminders, "08:00". */
  reminderTime?: string;
}

function columns<T extends Partial<WardSettings>>(settings: T) {
  const { issuerNameLines, recipients, addressees, ...rest } = settings;
  return {
    ...(rest as Omit<T, "issuerNameLines" | "recipients" | "addressees">),
    ...(issuerNameLines && { issuerName: issuerNameLines.join("\n") }),
    ...(recipients && { recipients: recipients.join("\n") }),
    ...(addressees && { addressees: addressees.join("\n") }),
  };
}

export async function createWard(db: Db, settings: WardSettings) {
  const signerAuthority = settings.signerAuthority ?? defaultSignerAuthority(settings.issuerNameLines);
  return db.ward.create({ data: { ...columns(settings), issuerName: settings.issuerNameLines.join("\n"), signerAuthority } });
}

export async function updateWard(db: Db, wardId: number, settings: Partial<WardSettings>) {
  return db.ward.update({ where: { id: wardId }, data: columns(settings) });
}

export async function findWardBySlug(db: Db, slug: string) {
  return db.ward.findUnique({ where: { slug } });
}

export async function listWards(db: Db) {
  return db.ward.findMany({ orderBy: { id: "asc" } });
}

export function splitLines(value: string): string[] {
  return value.split("\n").filter((line) => line.trim() !== "");
}
