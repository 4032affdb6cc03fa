// The Microsoft Graph permissions analysis: which permissions the code's own requests need, compared with what it
// requests. Used by the `zero-trust-lint permissions` command and the editor.
export {
  analyzeGraphPermissions,
  type AnalyzeOptions,
  type GraphAnalysisCache,
  type GraphPermissionsReport,
  type PermissionCall,
  type RequestedPermission,
} from './analyze';
export { listFiles } from './files';
export { type FormatOptions, formatReport, REPORT_FORMATS, type ReportFormat } from './format';
