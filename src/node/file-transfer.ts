/**
 * A checked file as plain data, to send it from a worker thread to the main thread (structured clone
 * drops the fields of vfile messages, which are errors). Only what reporters and the CLI read travels:
 * path, text, messages and `file.data` without the trees.
 */
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';

export interface SentFile {
  path: string;
  value: string;
  data: Record<string, unknown>;
  messages: Array<Record<string, unknown>>;
}

/** Fields of `file.data` that stay on the machine that checked the file. */
const LOCAL_DATA = new Set(['falc', 'falcNlcst', 'falcLanguage']);

/** Fields of a message that are not sent: tree nodes, the stack trace, and what the constructor sets. */
const LOCAL_MESSAGE_FIELDS = new Set(['ancestors', 'cause', 'file', 'stack', 'name']);

export function sendFile(file: VFile): SentFile {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(file.data)) if (!LOCAL_DATA.has(key)) data[key] = value;
  return {
    path: file.path,
    value: String(file.value ?? ''),
    data,
    messages: file.messages.map((message) => {
      const fields: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(message)) {
        if (!LOCAL_MESSAGE_FIELDS.has(key) && value !== undefined && typeof value !== 'function') fields[key] = value;
      }
      return fields;
    }),
  };
}

export function receiveFile(sent: SentFile): VFile {
  const file = new VFile({ path: sent.path, value: sent.value });
  Object.assign(file.data, sent.data);
  for (const fields of sent.messages) {
    const message = new VFileMessage(String(fields.reason ?? ''));
    Object.assign(message, fields);
    message.file = file.path;
    file.messages.push(message);
  }
  return file;
}
