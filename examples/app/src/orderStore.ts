// The order database, the reporting database, the directory and a partner API: credentials handed to general-purpose clients, not
// to an identity SDK. Each is as dangerous in source control as a client secret.
import { Pool } from 'pg';
import { Sequelize } from 'sequelize';
import ldap from 'ldapjs';

const DB_HOST = 'orders-db.internal.contoso.com';

// A database password in the pool options.
export const orders = new Pool({ host: DB_HOST, user: 'orders_app', password: 'Pg!orders-2024-prod', database: 'orders' });

// The reporting database: the password is Sequelize's third argument, under no name at all.
export const reporting = new Sequelize('reporting', 'report_reader', 'Rep0rts-Read-2024', { host: DB_HOST, dialect: 'postgres' });

// The directory lookup binds as a service account with its password in the code.
const directory = ldap.createClient({ url: 'ldaps://dc1.contoso.com' });
directory.bind('cn=orders-svc,ou=services,dc=contoso,dc=com', 'Ldap-Svc-0rders!', () => undefined);

// A partner API called with a Basic header built from a literal user:password pair.
export async function fetchPartnerOrders(): Promise<unknown> {
  const response = await fetch('https://partner.example.com/v2/orders', {
    headers: { Authorization: `Basic ${Buffer.from('contoso:Tr4de-P4rtner-Key').toString('base64')}` },
  });
  return response.json();
}
