// Calls a partner's API and mails the results.
// (Fake tokens, for the demo: each one is what no-embedded-secret-token is for.)
import nodemailer from 'nodemailer';

// Token copied from the partner portal (expires never):
// eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjb250b3NvLXJlcG9ydHMiLCJzY29wZSI6InJlcG9ydHMucmVhZCJ9.RmFrZVNpZ25hdHVyZUZvclRoZURlbW8xMjM0NTY3
const PARTNER_TOKEN =
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJjb250b3NvLXJlcG9ydHMiLCJzY29wZSI6InJlcG9ydHMucmVhZCJ9.RmFrZVNpZ25hdHVyZUZvclRoZURlbW8xMjM0NTY3';

export async function partnerReports(): Promise<unknown> {
  const response = await fetch('https://partner.example.com/api/reports', {
    headers: { Authorization: `Bearer ${PARTNER_TOKEN}` },
  });
  return response.json();
}

export const mailer = nodemailer.createTransport({
  service: 'Office365',
  auth: { user: 'reports@contoso.com', pass: 'Sm7p!Relay#2024' },
});
