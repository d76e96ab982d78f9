/**
 * A file name for a download: the title in lower-case words joined by hyphens, then the extension.
 *
 * @example
 * fileName('Service level against agents', 'png') // => 'stafflab-service-level-against-agents.png'
 */
export function fileName(title: string, extension: string): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `stafflab-${slug || 'export'}.${extension}`;
}

/** Has the browser save `content` (a Blob or a data: URL) as `name`. */
export function downloadFile(name: string, content: Blob | string): void {
  const url = typeof content === 'string' ? content : URL.createObjectURL(content);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  if (typeof content !== 'string') setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
