/** Small pieces of wording shared by the backup screens. */

export function itemCount(count: number): string {
  return count === 1 ? '1 item' : `${count.toLocaleString()} items`
}
