/**
 * Offers `parts` as a download named `fileName`: a Blob (the browser keeps it off the JS heap)
 * behind an object URL, clicked through a temporary link, revoked once the click is handled.
 */
export function downloadFile(parts: BlobPart[], fileName: string, mediaType: string): void {
  const blob = new Blob(parts, { type: mediaType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is ample.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
