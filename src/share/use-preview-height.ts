import { useEffect, useState, type RefObject } from 'react'
import { readResizeMessage } from '../url/resize-message'

/**
 * The height the Share dialog's preview frame reports for itself (the embed's own resize
 * message: title, map, bar, caption and credit as laid out at the preview's width), or null
 * until it has reported for the current `key` (its address and width). Messages are taken
 * only from that frame's window, never by origin.
 */
export function usePreviewHeight(frame: RefObject<HTMLIFrameElement | null>, key: string): number | null {
  const [reported, setReported] = useState<{ key: string; height: number } | null>(null)
  useEffect(
    function listen() {
      const onMessage = (event: MessageEvent) => {
        const source = frame.current?.contentWindow
        if (!source || event.source !== source) return
        const message = readResizeMessage(event.data)
        if (message !== null) setReported({ key, height: message.height })
      }
      window.addEventListener('message', onMessage)
      return () => window.removeEventListener('message', onMessage)
    },
    [frame, key],
  )
  return reported !== null && reported.key === key ? reported.height : null
}
