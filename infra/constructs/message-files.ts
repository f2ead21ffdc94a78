import { MESSAGE_FOLDER } from '../../shared/i18n/catalogues.ts';
import { writeMessageFiles } from '../../shared/i18n/message-files.ts';
import { buildScratchFolder } from './build-scratch.ts';

let written: string | undefined;

/** The message files of this synth, written once per process into its scratch folder (build-scratch.ts). */
export function messageFilesOfThisBuild(): string {
  written ??= writeMessageFiles(buildScratchFolder('messages'));
  return written;
}

/**
 * The NodejsFunction command hooks that put the message files beside the bundle (`afterBundling`
 * runs in a shell after esbuild, with the asset's output folder).
 */
export function messageFileHooks() {
  return {
    beforeBundling: (): string[] => [],
    beforeInstall: (): string[] => [],
    // Written only when a bundle is built: a synth that skips bundling writes nothing.
    afterBundling: (_inputDir: string, outputDir: string): string[] => [
      `mkdir -p "${outputDir}/${MESSAGE_FOLDER}"`,
      `cp "${messageFilesOfThisBuild()}"/*.json "${outputDir}/${MESSAGE_FOLDER}/"`,
    ],
  };
}
