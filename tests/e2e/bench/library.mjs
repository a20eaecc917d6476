// The benchmark's big library, shared by bench.mjs and profile.mjs (PROFILE_LIBRARY=N).
//
// 300 stored assessments, each with a note of ~840 characters on all ten 指示 (≈ 2.5 M UTF-16
// code units in localStorage, half the usual 5 MB quota), the one in the middle open. No
// self-diagnosis answers, so the first click always changes the total.
export function bigLibrary(n) {
  const note = 'セキュリティ対策の記録と次年度の課題。'.repeat(44);
  const entries = [];
  for (let i = 0; i < n; i++) {
    const id = `bench-${String(i).padStart(3, '0')}`;
    const notes = {};
    for (let d = 1; d <= 10; d++) notes[`v3.d${d}`] = note;
    const record = {
      format: 2, id, created: 1735689600000, updated: 1735689600000 + i, revision: 1,
      assessment: {
        name: `取引先 ${i}`, date: '2026-11-30', assessor: '', model_rev: 1, answers: {}, articles: {},
        tiers: {}, notes, policy: { representative: '', date: '', sections: {}, established: false, published: false },
      },
    };
    entries.push([`shindan.v2.a.${id}`, JSON.stringify(record)]);
  }
  entries.push(['shindan.v2.ui', JSON.stringify({ format: 2, open: `bench-${String(Math.floor(n / 2)).padStart(3, '0')}` })]);
  return entries;
}

