/**
 * A realistic 300-word draft with a few non-apology phrases left in, for latency tests and the
 * bench. Written for Mend.
 */
export const sampleLetter = `Dear Jo,

I'm sorry that I lied to you about the money. For eight months I moved our savings into my own account and told you the bank had made a mistake. That was my choice, and nobody else's. I kept it from you because I was ashamed, and because I thought I could put it back before you noticed.

I know you feel betrayed, and you are right to. You trusted me with our future and I treated it as mine. I was stressed at work, but that doesn't excuse what I did. Mistakes were made on both sides, and I'm sorry if it felt like I didn't care.

I have started seeing a debt counsellor every Thursday, and I have closed the account. From now on, every statement will come to both of us, and I will show you anything you ask to see. I would like to pay back what I took from my own wages, starting this month, and I have written down a plan we can look at together whenever you are ready.

I don't expect this to be fixed quickly. I broke something that took us years to build, and it will take time and steady actions, not words, to earn it back. If you want to talk about it with someone else first, I understand, and I will wait.

I also want to say that I feel like you sometimes check up on me too much, but that is a conversation for another day, and not a reason for what I did.

When you are ready, and only if you want to, I hope you will be able to forgive me. Until then, I will keep my promises one day at a time.

With love,
Sam`
