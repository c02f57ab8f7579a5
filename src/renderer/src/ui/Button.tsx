import type { ButtonHTMLAttributes } from 'react'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: 'primary' | 'default' | 'danger' | 'quiet'
  readonly size?: 'normal' | 'small'
}

export function Button({ variant = 'default', size = 'normal', className, type, ...rest }: ButtonProps) {
  const classes = ['button']
  if (variant !== 'default') classes.push(`button--${variant}`)
  if (size === 'small') classes.push('button--small')
  if (className) classes.push(className)
  return <button type={type ?? 'button'} className={classes.join(' ')} {...rest} />
}
