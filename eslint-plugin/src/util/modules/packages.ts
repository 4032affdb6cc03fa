// npm package names that several rules recognise, written once.

/** Azure Identity: the credential classes (`DefaultAzureCredential`, `ClientSecretCredential`, …). */
export const AZURE_IDENTITY = '@azure/identity';
/** MSAL for browsers (`PublicClientApplication`, the token cache location option). */
export const MSAL_BROWSER = '@azure/msal-browser';
/** MSAL for Node (`PublicClientApplication`, `ConfidentialClientApplication`). */
export const MSAL_NODE = '@azure/msal-node';
/** MSAL Node extensions: the persistent token cache (`FilePersistence`, …). */
export const MSAL_NODE_EXTENSIONS = '@azure/msal-node-extensions';
/** jose: `SignJWT`, `jwtVerify`, `EmbeddedJWK`, `base64url`, … */
export const JOSE = 'jose';
/** jsonwebtoken: `sign`, `verify`, `decode`. */
export const JSONWEBTOKEN = 'jsonwebtoken';
/** MSAL React and MSAL Angular: wrappers around MSAL for browsers. */
export const MSAL_REACT = '@azure/msal-react';
export const MSAL_ANGULAR = '@azure/msal-angular';
/** MSAL.js 1.x (`UserAgentApplication`), retired. */
export const MSAL_V1 = 'msal';
