/** The noise a new signalement makes, when the invigilator asked for it: two short beeps and a buzz. */
let audio: AudioContext | null = null

/**
 * Browsers let audio start only after a user gesture: the first chime comes from the toggle's press,
 * and the context it opens stays allowed for the beeps that live events trigger later.
 */
function audioContext(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null
  audio ??= new AudioContext()
  void audio.resume()
  return audio
}

function beep(context: AudioContext, at: number): void {
  const oscillator = context.createOscillator()
  const gain = context.createGain()
  oscillator.type = 'sine'
  oscillator.frequency.value = 880
  // A quick ramp up and down: a hard start or stop clicks.
  gain.gain.setValueAtTime(0.0001, at)
  gain.gain.exponentialRampToValueAtTime(0.25, at + 0.02)
  gain.gain.exponentialRampToValueAtTime(0.0001, at + 0.18)
  oscillator.connect(gain).connect(context.destination)
  oscillator.start(at)
  oscillator.stop(at + 0.2)
}

export function chime(): void {
  try {
    const context = audioContext()
    if (context) {
      beep(context, context.currentTime)
      beep(context, context.currentTime + 0.25)
    }
  } catch {
    // No audio output: the vibration and the text still tell.
  }
  if (typeof navigator.vibrate === 'function') navigator.vibrate([200, 100, 200])
}
