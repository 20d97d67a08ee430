// The document renderers: data in, file bytes out.
export type {
  AdminDocument,
  BodyBlock,
  DocumentMetadata,
  Issuer,
  RichText,
  Signature,
  TableBlock,
  TextSpan,
} from "./admin-document.js";
export type {
  CellAlign,
  SummaryColumn,
  SummaryColumnGroup,
  SummaryFooterRow,
  SummaryRow,
  SummaryTable,
} from "./summary-table.js";
export { renderAdminDocumentPdf } from "./pdf/render-admin-document.js";
export { renderSummaryTablePdf } from "./pdf/render-summary-table.js";
export { renderAdminDocumentDocx } from "./docx/render-admin-document.js";
export { parseTemplate, type ParseOptions, type ParseResult } from "./template/parse-template.js";
export { fillTemplate, type FillOptions, type FillResult, type TemplateContent } from "./template/fill-template.js";
export { formatIssues, type TemplateIssue, type TemplateIssueCode } from "./template/template-issues.js";
export type { ParsedTemplate } from "./template/template-model.js";
export {
  examplePlaceholderValues,
  REPORT_PLACEHOLDER_NAMES,
  REPORT_PLACEHOLDERS,
  type PlaceholderDef,
} from "./template/placeholders.js";
export { DEFAULT_TEMPLATE_PATH, readDefaultTemplate } from "./template/default-template.js";
