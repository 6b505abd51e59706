/** Sends e-mail through the configured SMTP server (nodemailer); none configured: no mailer. */
import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../../core/config/config.ts';

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

export function createMailer(smtp: SmtpConfig | undefined): Mailer | null {
  if (!smtp) return null;
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    ...(smtp.user ? { auth: { user: smtp.user, pass: smtp.password ?? '' } } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
  });
  return {
    send: async (m) => {
      await transport.sendMail({ from: smtp.from, to: m.to, subject: m.subject, text: m.text });
    },
    close: () => transport.close(),
  };
}
