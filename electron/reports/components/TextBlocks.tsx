/**
 * Text people wrote (a commentary's summary, a weekly summary) laid out as they wrote it:
 * paragraphs at blank lines, "- " / "• " / "1." lines as a list, single line breaks kept.
 */
import { StyleSheet, Text, View } from '@react-pdf/renderer'
import { COLORS, SIZES } from '../theme'

const BULLET = /^\s*(?:[-*•·–]|\d+[.)])\s+/

const styles = StyleSheet.create({
  paragraphBox: { marginBottom: 6 },
  line: { fontSize: SIZES.body, color: COLORS.text, lineHeight: 1.5 },
  item: { flexDirection: 'row', marginBottom: 3 },
  dot: { width: 10, fontSize: SIZES.body, color: COLORS.muted, lineHeight: 1.5 },
  itemText: { flex: 1, fontSize: SIZES.body, color: COLORS.text, lineHeight: 1.5 },
})

/**
 * Text on one line: line breaks (which the PDF fonts have no glyph for, so the layout would fall
 * back to a built-in font for them) become spaces.
 */
export function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ')
}

const NUMBER_AND_UNIT = /(\d) (%|‰|€|£|\$|zł|лв\.?|h\b)/g

/** Text as people typed it, with a number and its unit kept on one line ("6.0 %" never breaks before "%"). */
export function typeset(text: string): string {
  return text.replace(NUMBER_AND_UNIT, '$1\u00a0$2')
}

/** A block of a text: a paragraph, or a list of items. */
export type TextBlock = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] }

/** Splits a written text into paragraphs and lists. */
export function textBlocks(text: string): TextBlock[] {
  const blocks: TextBlock[] = []
  for (const chunk of text.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    let paragraph: string[] = []
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') })
      paragraph = []
    }
    for (const raw of chunk.split('\n')) {
      const line = raw.trim()
      if (line === '') continue
      if (BULLET.test(line)) {
        flush()
        const item = line.replace(BULLET, '')
        const last = blocks.at(-1)
        if (last?.kind === 'list') last.items.push(item)
        else blocks.push({ kind: 'list', items: [item] })
      } else {
        paragraph.push(line)
      }
    }
    flush()
  }
  return blocks
}

/** A list of items with bullets. */
export function BulletList({ items, color = COLORS.muted }: { items: readonly string[]; color?: string }) {
  return (
    <View style={{ marginBottom: 4 }}>
      {items.map((item, index) => (
        <View key={index} style={styles.item}>
          <Text style={[styles.dot, { color }]}>•</Text>
          <Text style={styles.itemText}>{typeset(oneLine(item))}</Text>
        </View>
      ))}
    </View>
  )
}

/** A written text as paragraphs and lists. */
export function WrittenText({ text }: { text: string }) {
  return (
    <View>
      {textBlocks(text).map((block, index) =>
        block.kind === 'paragraph' ? (
          // Each written line is its own text: the fonts have no glyph for a line break.
          <View key={index} style={styles.paragraphBox}>
            {block.text.split('\n').map((line, lineIndex) => (
              <Text key={lineIndex} style={styles.line}>
                {typeset(line)}
              </Text>
            ))}
          </View>
        ) : (
          <BulletList key={index} items={block.items} />
        ),
      )}
    </View>
  )
}
