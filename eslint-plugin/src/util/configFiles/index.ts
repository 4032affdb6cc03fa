export * from './configFileBlock';
export * from './patterns';
