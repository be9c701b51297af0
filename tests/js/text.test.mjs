import assert from "node:assert/strict"
import { test } from "node:test"
import { json, MODULES } from "./fixtures.mjs"

const { words, key, isHangul, jamo, singular } = await import(new URL("text.mjs", MODULES))

// tests/js/fixtures/tokens.json is read by tests/test_search.py too: site/search.py splits
// titles into words and keys names the same way.
for (const { text, words: expected, key: expectedKey } of json("tokens.json")) {
  test(`words and key of ${JSON.stringify(text)}, as site/search.py gives them`, () => {
    assert.deepEqual(words(text), expected)
    assert.equal(key(text), expectedKey)
  })
}

test("a Korean word is compared by its letters (jamo), not its syllables", () => {
  assert.deepEqual(jamo("데이타").length, 6)
  assert.notDeepEqual(jamo("데이타"), jamo("데이터"))
  assert.equal(jamo("데이타").filter((c, i) => c !== jamo("데이터")[i]).length, 1)
})

test("isHangul holds for Korean words only", () => {
  assert.equal(isHangul("편향"), true)
  assert.equal(isHangul("AI엔지니어"), false)
})

test("an English plural is its singular when two letters or more come before the s", () => {
  assert.deepEqual(["pms", "llms", "jobs", "is", "as", "s"].map(singular), ["pm", "llm", "job", "is", "as", "s"])
})
