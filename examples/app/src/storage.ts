// Uploads report files to Blob Storage and records them in MySQL.
// (Fake keys, for the demo: each one is what no-hardcoded-connection-string-or-key is for.)
import { BlobServiceClient } from '@azure/storage-blob';
import mysql from 'mysql2/promise';

const STORAGE_CONNECTION_STRING =
  'DefaultEndpointsProtocol=https;AccountName=contosoreports;AccountKey=RmFrZUtleUZvclRoZURlbW9Pbmx5Tm90UmVhbA==;EndpointSuffix=core.windows.net';

export const blobs = BlobServiceClient.fromConnectionString(STORAGE_CONNECTION_STRING);

export const db = mysql.createPool({
  host: 'reports-db.internal',
  user: 'reports',
  password: 'R3ports!2024',
  database: 'reports',
});

// Local development against Azurite is fine: the emulator key is public.
export const localBlobs = BlobServiceClient.fromConnectionString('UseDevelopmentStorage=true');
