// How a project adds Zero Trust Lint: the plugin's recommended config, and a parser for TypeScript files; and the
// config-files config for .env files, JSON settings and app registration manifests.
import tsParser from '@typescript-eslint/parser';
import zeroTrust from 'eslint-plugin-zero-trust';

export default [
  {
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    languageOptions: { parser: tsParser },
  },
  zeroTrust.configs.recommended,
  ...zeroTrust.configs['config-files'],
];
