import type { ButtonHTMLAttributes, Ref } from 'react'

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  readonly variant?: 'primary' | 'default' | 'danger' | 'quiet'
  readonly size?: 'normal' | 'small'
  readonly ref?: Ref<HTMLButtonElement>
}

export function Button({ variant = 'default', size = 'normal', className, type, ...rest }: ButtonProps) {
  const classes = ['button']
  if (variant !== 'default') classes.push(`button--${variant}`)
  if (size === 'small') classes.push('button--small')
  if (className) classes.push(className)
  return <button type={type ?? 'button'} className={classes.join(' ')} {...rest} />
}
