/**
 * Fake but format-valid credentials for the secret rules' tests, assembled at run time from pieces so that no
 * secret scanner (GitHub push protection included) mistakes the test sources for a leak.
 */
export const b64url = (json: object): string => Buffer.from(JSON.stringify(json)).toString('base64url');
export const FAKE = {
  /** An Azure Storage / Cosmos DB account key: 64 bytes, 88 base64 characters. */
  storageKey: [
    'Qk1hY3ZvZ2Vu',
    'dGVzdGtleTk4Nz',
    'Y1NDMyMTBhYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODkwYWJjZGVmZ2hpag==',
  ].join(''),
  /** A Service Bus / Event Hubs shared access key: 32 bytes, 44 base64 characters. */
  serviceBusKey: ['Vd9kQ2mZ7xL4', 'pR8tW1yN6bH3jF5sC0gA2eU9iO7qK1c='].join(''),
  entra: ['Xq78Q', '~k2Lm9Pz4Rt6Vw1Yb3Nd5Hf7Jg0Sc8Ae2Ui'].join(''),
  github: ['gh', 'p_', 'k2Lm9Pz4Rt6Vw1Yb3Nd5Hf7Jg0Sc8Ae2Ui4O'].join(''),
  aws: ['AK', 'IA', 'QZ3V5RWLHT2MKJPX'].join(''),
  slack: ['xo', 'xb-', '2345678901-3456789012-kP9x2mQ7vL4wZr8tY6uN'].join(''),
  google: ['AI', 'za', 'SyD-9tSrke72PouQMnMX-a7eZSW0jkFMBWY'].join(''),
  stripe: ['sk', '_live_', '4eC39HqLyjWDarjtT1zdp7dc'].join(''),
  npm: ['np', 'm_', 'k8Zq2Lx9Wv4Ty7Rb3Nm6Pd1Hs5Gf0Jc2Ae8U'].join(''),
  pem: [
    '-----BEGIN ',
    'RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun\n' +
      'VTLw7onLRnrq0/IzW7yWR7QkrmBL7jTKEn5u+qKhbwKfBstIs+bMY2Zkp18gnTxK\n-----END RSA ',
    'PRIVATE KEY-----',
  ].join(''),
  discord: [Buffer.from('812345678901234567').toString('base64'), 'GhJkLm', 'Zq3vK8wP1xR6tY0uN4mB7cL2dF9gH5jSa'].join(
    '.',
  ),
  telegram: ['7305918264', ':AA', 'Hk3Lm9Pz4Rt6Vw1Yb3Nd5Hf7Jg0Sc8Ae2'].join(''),
  jwt: [
    b64url({ alg: 'HS256', typ: 'JWT' }),
    b64url({ sub: 'svc-reports', aud: 'api://reports', iat: 1767225600 }),
    'Qm9ndXNTaWduYXR1cmVWYWx1ZTEyMzQ1Njc4OTA',
  ].join('.'),
};
