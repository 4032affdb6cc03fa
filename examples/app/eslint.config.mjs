// How a project adds Zero Trust Lint: the plugin's recommended config, and a parser for TypeScript files.
import tsParser from '@typescript-eslint/parser';
import zeroTrust from 'eslint-plugin-zero-trust';

export default [
  {
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    languageOptions: { parser: tsParser },
  },
  zeroTrust.configs.recommended,
];
