// The Microsoft Graph packages the request analysis resolves (kept here, beside the analysis that reads them).

/** The Microsoft Graph JavaScript client: `Client.init(…).api(path).get()`. */
export const GRAPH_CLIENT = '@microsoft/microsoft-graph-client';
/** The generated Microsoft Graph SDK: `createGraphServiceClient(adapter).me.messages.get()`. */
export const GRAPH_SDK = '@microsoft/msgraph-sdk';
/** The generated Microsoft Graph SDK for the beta endpoint. */
export const GRAPH_SDK_BETA = '@microsoft/msgraph-beta-sdk';
