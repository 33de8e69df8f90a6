-- Issue 15: the in-app outbox keeps a mail's HTML part beside its plain text, so /outbox shows what a reader sees.
ALTER TABLE outbox_mail ADD COLUMN html_body VARCHAR(40000);
