// Calls Microsoft Graph as the app itself, with verbose logging left on from a support case.
import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import type { NextFunction, Request, Response } from 'express';

const logger = console;

export const cca = new ConfidentialClientApplication({
  auth: { clientId: process.env.CLIENT_ID!, authority: `https://login.microsoftonline.com/${process.env.TENANT_ID}` },
  system: {
    loggerOptions: {
      logLevel: LogLevel.Verbose,
      // Personal data (and claims) in MSAL's own log output.
      piiLoggingEnabled: true,
      loggerCallback: (_level: LogLevel, message: string) => logger.info(message),
    },
  },
});

export async function graphToken(): Promise<string> {
  const result = await cca.acquireTokenByClientCredential({ scopes: ['https://graph.microsoft.com/.default'] });
  // The bearer token goes to stdout, and from there to the log pipeline.
  logger.info(`graph token acquired: ${result?.accessToken}`);
  return result!.accessToken;
}

/** Request logging middleware: dumps every header, Authorization and Cookie included. */
export function requestLogger(req: Request, _res: Response, next: NextFunction): void {
  console.log(req.method, req.path, req.headers);
  next();
}
