/**
 * "Import resumes": a button that opens the file picker (a hidden, labelled file input that the
 * end-to-end tests drive through `data-testid="import-input"`).
 */
import { useRef, type ReactNode } from 'react';
import { Button, type ButtonProps } from '../../components/Button';
import { useStore } from '../../stores';

export const IMPORT_ACCEPT = '.pdf,.docx,.txt,.md,.markdown,.json,.zip';

export function ImportButton({
  children = 'Import resumes',
  variant = 'primary',
  ...rest
}: Omit<ButtonProps, 'onClick'> & { children?: ReactNode }) {
  const inputRef = useRef<HTMLInputElement>(null);
  const importFiles = useStore((s) => s.importFiles);
  return (
    <>
      <input
        ref={inputRef}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
        data-testid="import-input"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Clear so choosing the same file again still fires a change.
          event.currentTarget.value = '';
          importFiles(files);
        }}
      />
      <Button variant={variant} icon="upload" onClick={() => inputRef.current?.click()} {...rest}>
        {children}
      </Button>
    </>
  );
}
