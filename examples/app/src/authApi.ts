// The Express API's sign-in endpoint: issues its own session JWTs after the user signs in.
// (Fake keys, for the demo: each one is what no-hardcoded-jwt-secret is for.)
import express from 'express';
import session from 'express-session';
import cookieParser from 'cookie-parser';
import jwt from 'jsonwebtoken';

const JWT_SECRET = process.env.JWT_SECRET || 'dev-jwt-secret';

export const app = express();
app.use(cookieParser('cookie-signing-key-2024'));
app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));

app.post('/session', (req, res) => {
  const token = jwt.sign({ sub: req.body.userId, role: 'user' }, JWT_SECRET, { expiresIn: '8h' });
  res.json({ token });
});

app.get('/me', (req, res) => {
  const claims = jwt.verify(String(req.headers.authorization).slice(7), 'dev-jwt-secret');
  res.json(claims);
});
