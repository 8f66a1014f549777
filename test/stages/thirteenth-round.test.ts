import { describe, expect, test } from 'vitest'
import { publisherByName, publisherNameOn } from '../../src/stages/clean/publisher.js'

describe('a publisher under its secondary name', () => {
  const dod = publisherByName('U.S. Department of Defense')
  test('the Department of Defense publishes as the Department of War where the page calls it so', () => {
    expect(dod).not.toBeNull()
    if (!dod) return
    expect(publisherNameOn(dod, '<a href="https://www.war.gov/News/">U.S. Department of War</a> Readout of Assistant Secretary of War')).toBe('U.S. Department of War')
    expect(publisherNameOn(dod, '<a href="https://www.defense.gov/News/">U.S. Department of Defense</a> Readout')).toBe('U.S. Department of Defense')
    // One mention of the new name in a page that otherwise names the Department of Defense.
    expect(publisherNameOn(dod, 'defense.gov Department of Defense … renamed the Department of War in 2025')).toBe('U.S. Department of Defense')
  })
  test('a publisher without one keeps its name', () => {
    const southcom = publisherByName('SOUTHCOM')
    expect(southcom && publisherNameOn(southcom, 'Department of War')).toBe('U.S. Southern Command')
  })
})
