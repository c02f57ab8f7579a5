import type { ReactNode } from 'react'

export interface NoticeProps {
  readonly tone?: 'info' | 'warning' | 'error'
  readonly children: ReactNode
}

export function Notice({ tone = 'info', children }: NoticeProps) {
  const className = tone === 'info' ? 'notice' : `notice notice--${tone}`
  return (
    <div className={className} role={tone === 'error' ? 'alert' : undefined}>
      {children}
    </div>
  )
}
