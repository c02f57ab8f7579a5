export function RecoveryWords({ words }: { readonly words: readonly string[] }) {
  return (
    <ol className="recovery-words" aria-label="Recovery words">
      {words.map((word, index) => (
        <li key={index}>
          <span className="recovery-words__number" aria-hidden="true">
            {index + 1}
          </span>
          <span data-testid="recovery-word">{word}</span>
        </li>
      ))}
    </ol>
  )
}
