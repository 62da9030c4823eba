import type { z } from 'zod';

/**
 * One channel of the contract: the zod schema of its input and, as a phantom type, its output.
 * The output is a TypeScript type only: main builds it, the renderer reads it.
 */
export interface ChannelSpec<Input extends z.ZodType, Output> {
  input: Input;
  /** Phantom field carrying the output type; never read at run time. */
  output?: Output;
}

export function channel<Output>() {
  return <Input extends z.ZodType>(input: Input): ChannelSpec<Input, Output> => ({ input });
}
