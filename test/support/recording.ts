import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { expect } from 'vitest';
import { type Result, type Stack, type StackOptions, startStack } from './stack.js';

/**
 * Stacks whose every response body is kept, for a test file's closing "no secret in any
 * response, nor in any log line" check.
 */
export function recordingStacks() {
  const bodies: string[] = [];
  const stacks: Stack[] = [];
  return {
    bodies,
    stacks,
    /** Starts a stack that is closed by `closeAll`. */
    async open(options: StackOptions = {}): Promise<Stack> {
      const stack = await startStack(options);
      stacks.push(stack);
      return stack;
    },
    /** Runs a typed operation over HTTP, keeping the raw body text. */
    async run<R, V>(stack: Stack, document: TypedDocumentNode<R, V>, variables?: V): Promise<Result<R>> {
      const { text } = await stack.post({ query: print(document), variables });
      bodies.push(text);
      return JSON.parse(text) as Result<R>;
    },
    closeAll: () => Promise.all(stacks.map((stack) => stack.close())),
  };
}

/** The one error a result must carry. */
export function onlyError<R>(result: Result<R>) {
  expect(result.errors).toHaveLength(1);
  return result.errors![0]!;
}
