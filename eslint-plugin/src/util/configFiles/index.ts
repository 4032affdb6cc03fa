export * from './configFileBlock';
export * from './patterns';
export * from './appManifest';
