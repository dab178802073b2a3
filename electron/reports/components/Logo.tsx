/**
 * A logo contained in a box: scaled down to fit whatever its size (a 6000-pixel logo takes the
 * same box as a 64-pixel one), never stretched, aligned to the box's start.
 */
import { Image, View } from '@react-pdf/renderer'
import { pdfImage } from '../images'

/** A logo within `width` × `height` points; nothing when there is no logo. */
export function Logo({
  src,
  width,
  height,
  align = 'left',
}: {
  src: string | null
  width: number
  height: number
  align?: 'left' | 'right' | 'center'
}) {
  const image = pdfImage(src)
  if (!image) return null
  return (
    <View style={{ width, height }}>
      <Image
        src={image}
        style={{
          width: '100%',
          height: '100%',
          objectFit: 'contain',
          objectPositionX: align === 'left' ? 0 : align === 'right' ? '100%' : '50%',
          objectPositionY: '50%',
        }}
      />
    </View>
  )
}
