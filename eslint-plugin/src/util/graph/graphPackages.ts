// The Microsoft Graph packages the request analysis resolves (kept here, beside the analysis that reads them).

/** The Microsoft Graph JavaScript client: `Client.init(…).api(path).get()`. */
export const GRAPH_CLIENT = '@microsoft/microsoft-graph-client';
