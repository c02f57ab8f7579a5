import { useCallback, useEffect, useState } from 'react'

/** The system's speech synthesis, where the browser or OS offers it; null where it does not. */
function synthesis(): SpeechSynthesis | null {
  return typeof window !== 'undefined' && 'speechSynthesis' in window
    ? window.speechSynthesis
    : null
}

/**
 * Reads the letter aloud in the system voice, so the writer can hear how it lands before saying
 * it. Stops when the view closes; nothing leaves the computer.
 */
export function usePractiseAloud() {
  const [speaking, setSpeaking] = useState(false)
  const available = synthesis() !== null
  const stop = useCallback(() => {
    synthesis()?.cancel()
    setSpeaking(false)
  }, [])
  const speak = useCallback((text: string) => {
    const speech = synthesis()
    if (!speech || text.trim() === '') return
    speech.cancel()
    const utterance = new SpeechSynthesisUtterance(text)
    // A little slower than the default: this is practice for saying it calmly.
    utterance.rate = 0.9
    utterance.onend = () => setSpeaking(false)
    utterance.onerror = () => setSpeaking(false)
    setSpeaking(true)
    speech.speak(utterance)
  }, [])
  useEffect(() => () => synthesis()?.cancel(), [])
  return { available, speaking, speak, stop }
}
