// The award part of the catalogue into the workbook's rows: one row per dated rate (the form's
// own columns on its first row), one row per base salary, one row per setting. What
// `readAwardBook` reads back unchanged.
import { RECIPIENT_KINDS, type AwardFormDef } from "../awards/types.js";
import { AWARD_KIND_WORDS, AWARD_SETTING_ROWS, dayText, RECIPIENT_WORDS, ROUNDING_WORDS, VOTE_RULE_WORDS, type AwardSettingKey } from "./awards-layout.js";
import type { AwardBook } from "./catalogue-defs.js";
import { sheet, type OutCell, type SheetRows } from "./write.js";
import type { AwardSettingsDef } from "../awards/types.js";

const coefficient = (milli: number) => milli / 1000;

function formRecords(form: AwardFormDef): Array<Record<string, OutCell>> {
  const own = {
    name: form.name,
    kind: AWARD_KIND_WORDS[form.kind],
    titleName: form.titleName,
    certificateTitle: form.certificateTitle,
    legalBasis: form.legalBasis.join("\n"),
    order: form.order,
  };
  const rates = [...form.rates].sort((a, b) => RECIPIENT_KINDS.indexOf(a.recipientKind) - RECIPIENT_KINDS.indexOf(b.recipientKind) || a.validFrom.localeCompare(b.validFrom));
  if (rates.length === 0) return [{ code: form.code, ...own }];
  return rates.map((rate, index) => ({
    code: form.code,
    ...(index === 0 ? own : {}),
    recipientKind: RECIPIENT_WORDS[rate.recipientKind],
    coefficient: coefficient(rate.coefficientMilli),
    validFrom: dayText(rate.validFrom),
    validTo: rate.validTo === null ? "" : dayText(rate.validTo),
    rateBasis: rate.legalBasis,
  }));
}

export function settingValue(key: AwardSettingKey, settings: AwardSettingsDef): OutCell {
  switch (key) {
    case "roundingMode":
      return ROUNDING_WORDS[settings.rounding.mode];
    case "roundingStep":
      return settings.rounding.step;
    case "legalBasis":
      return settings.legalBasis.join("\n");
    case "decisionSymbol":
      return settings.decisionSymbol;
    case "postingDays":
      return settings.postingDays;
    case "votePassRule":
      return VOTE_RULE_WORDS[settings.votePassRule];
    case "votePassPercent":
      return settings.votePassPercent;
  }
}

export function awardSheets(book: AwardBook): SheetRows[] {
  const forms = [...book.forms].sort((a, b) => a.order - b.order);
  const salaries = [...book.baseSalaries].sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  const settings = sheet(
    "awardSettings",
    AWARD_SETTING_ROWS.map((row) => ({ setting: row.name, value: settingValue(row.key, book.settings), note: row.note })),
  );
  settings.rowCells = Object.fromEntries(AWARD_SETTING_ROWS.map((row, index) => [index, { column: 1, choices: row.choices, numFmt: row.numFmt }]));
  return [
    sheet("awardForms", forms.flatMap(formRecords)),
    sheet("baseSalaries", salaries.map((salary) => ({ amount: salary.amount, validFrom: dayText(salary.validFrom), legalBasis: salary.legalBasis }))),
    settings,
  ];
}
