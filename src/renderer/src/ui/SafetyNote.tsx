/**
 * Said once in the welcome and kept in Help. No phone numbers: we cannot keep them correct for
 * every country, and a wrong number at the wrong moment is worse than none.
 */
export function SafetyNote() {
  return (
    <div className="stack">
      <p>
        Mend is for rebuilding trust between two people who are safe with each other. If you feel
        afraid of your partner, or you are being hurt, threatened, watched or controlled, rebuilding
        trust is not the goal. Your safety is.
      </p>
      <p>
        You do not have to work this out alone. A doctor, a counsellor, or a domestic abuse support
        service where you live can listen and help you plan, in confidence. If you are in danger right
        now, call your local emergency number.
      </p>
      <p className="muted">
        If someone else might look at this computer, remember that they could see that Mend is
        installed, even though they cannot read it.
      </p>
    </div>
  )
}
