// Removes secrets from what a finished test leaves behind, in place, through the one redactor (redact(),
// src/config/secret.ts): its trace zips (every text entry: trace.trace, trace.network, trace.stacks, request
// and response bodies under resources/), its text attachments (files and inline bodies), its stdout/stderr,
// errors, step titles and annotations. Screenshots, videos and other binary content are left as they are.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import type { TestCase, TestError, TestResult, TestStep } from '@playwright/test/reporter';
import { redact } from '../config/secret.ts';
import { readZip, writeZip } from './zip.ts';

const BINARY_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.webm', '.woff', '.woff2', '.ttf']);

/** A buffer's text when it is UTF-8 text (no NUL, decodes back to the same bytes), else undefined. */
function textOf(data: Buffer): string | undefined {
  if (data.includes(0)) return undefined;
  const text = data.toString('utf8');
  return Buffer.byteLength(text) === data.length && !text.includes('\uFFFD') ? text : undefined;
}

/** The buffer with secrets removed, or the same buffer when it is binary or held none. */
function scrubBytes(data: Buffer, secrets: string[]): Buffer {
  const text = textOf(data);
  if (text === undefined) return data;
  const clean = redact(text, secrets);
  return clean === text ? data : Buffer.from(clean, 'utf8');
}

/** Rewrites a trace zip in place with every text entry redacted; entry names (sha1s too) stay as they are. */
export function scrubTraceZip(path: string, secrets: string[]): void {
  const entries = readZip(readFileSync(path));
  let changed = false;
  const clean = entries.map(({ name, data }) => {
    if (BINARY_EXTENSIONS.has(extname(name).toLowerCase())) return { name, data };
    const scrubbed = scrubBytes(data, secrets);
    changed ||= scrubbed !== data;
    return { name, data: scrubbed };
  });
  if (changed) writeFileSync(path, writeZip(clean));
}

const isText = (contentType: string) => /^text\/|json|xml|markdown|javascript|x-www-form-urlencoded/.test(contentType);

function scrubError(error: TestError, secrets: string[]): void {
  for (const key of ['message', 'stack', 'value', 'snippet'] as const) {
    if (error[key] !== undefined) error[key] = redact(error[key], secrets);
  }
  if (error.cause) scrubError(error.cause, secrets);
}

function scrubStep(step: TestStep, secrets: string[]): void {
  (step as { title: string }).title = redact(step.title, secrets);
  if (step.error) scrubError(step.error, secrets);
  for (const child of step.steps) scrubStep(child, secrets);
}

type Attachment = TestResult['attachments'][number];

function scrubAttachment(attachment: Attachment, secrets: string[]): Attachment {
  if (attachment.name === 'trace' && attachment.path) {
    try {
      scrubTraceZip(attachment.path, secrets);
      return attachment;
    } catch (error) {
      // A trace we cannot read back cannot be cleaned: it goes, and says why, rather than leak.
      rmSync(attachment.path, { force: true });
      const why = `trace removed: its secrets could not be removed (${(error as Error).message})`;
      return { name: 'trace (removed)', contentType: 'text/plain', body: Buffer.from(why) };
    }
  }
  if (!isText(attachment.contentType)) return attachment;
  // In place: the HTML reporter finds a step's attachments (testInfo.attach in a test) by identity.
  if (attachment.body) return Object.assign(attachment, { body: scrubBytes(attachment.body, secrets) });
  if (attachment.path) {
    const data = readFileSync(attachment.path);
    const clean = scrubBytes(data, secrets);
    if (clean !== data) writeFileSync(attachment.path, clean);
  }
  return attachment;
}

/**
 * Cleans one finished test's result in place: call it synchronously from a reporter's onTestEnd, before any
 * reporter's onEnd (where the HTML, JUnit and blob reporters read or copy attachments).
 */
export function scrubResult(test: TestCase, result: TestResult, secrets: string[]): void {
  result.attachments.splice(
    0,
    result.attachments.length,
    ...result.attachments.map((a) => scrubAttachment(a, secrets)),
  );
  for (const output of [result.stdout, result.stderr]) {
    output.forEach((chunk, i) => {
      output[i] = typeof chunk === 'string' ? redact(chunk, secrets) : scrubBytes(chunk, secrets);
    });
  }
  for (const error of result.errors) scrubError(error, secrets);
  if (result.error && !result.errors.includes(result.error)) scrubError(result.error, secrets);
  for (const step of result.steps) scrubStep(step, secrets);
  for (const annotation of [...test.annotations, ...result.annotations]) {
    if (annotation.description) annotation.description = redact(annotation.description, secrets);
  }
}
