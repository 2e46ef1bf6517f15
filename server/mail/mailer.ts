/** An e-mail the server sends (links to a visitor's tickets, say). Plain text only. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** The one door to sending mail, so tests can read what would have been sent. */
export interface Mailer {
  send(mail: Mail): Promise<void>;
}
