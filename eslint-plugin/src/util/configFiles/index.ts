export * from './configFileBlock';
