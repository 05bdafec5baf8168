#!/usr/bin/env bash
# The four-year story (docs/four-years.md): on a throwaway PostgreSQL, import the sample county as 2027, then
# four times plan the year (plan --dataset), re-check the plan (check), publish it as final (publish) and build
# next year's data from it (rollover). Writes a table of the years to docs/four-years.md.
#   bash docs/four-years.sh                 # 60 s per plan
#   TIME_LIMIT=120 bash docs/four-years.sh  # longer solves
#   KEEP=out/four-years bash docs/four-years.sh  # also keep each year's plan folder and next year's dataset there
# Needs what the README needs (.NET SDK, the PostgreSQL server and its psql client). Leaves nothing running.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
limit="${TIME_LIMIT:-60}"
first=2027
years=4
work="$(mktemp -d "${TMPDIR:-/tmp}/jiaoling-four-years.XXXXXX")"
chmod 755 "$work"  # as root, the cluster below belongs to the postgres user, who must reach it

# A database of its own: .ci/postgres-local keeps its state under TMPDIR, so another one running on this
# machine is neither reused nor stopped.
export TMPDIR="$work/tmp"
mkdir -p "$TMPDIR"
keep="${KEEP:-}"
cleanup() {
  bash "$root/.ci/postgres-local" stop >/dev/null 2>&1 || true
  if [[ -n "$keep" ]]; then mkdir -p "$keep" && cp -r "$work"/plan-* "$work"/data-* "$keep"/ 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export ConnectionStrings__Rotation="$(bash .ci/postgres-local)"
conn="$ConnectionStrings__Rotation"
port="$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$conn")"
sql() { psql -h 127.0.0.1 -p "$port" -U postgres -d rotation -qtAX -F '|' -c "$1"; }

echo "Building ..." >&2
dotnet build src/Jiaoling.Rotation.App -c Release -nologo -v quiet >&2
app="$(find src/Jiaoling.Rotation.App/bin/Release -name jiaoling-rotation.dll | head -1)"
run() { dotnet "$app" "$@"; }

run import --data data/sample-county --name "$first" >&2
data="$root/data/sample-county"
rows=()
vacancies=()
for ((i = 0; i < years; i++)); do
  year=$((first + i)); next=$((year + 1))
  echo "== $year: plan, check, publish, rollover" >&2
  run plan --dataset "$year" --out "$work/plan-$year" --time-limit "$limit" --no-pdf 2>"$work/plan-$year.err" >&2 \
    || { cat "$work/plan-$year.err" >&2; exit 1; }
  runid="$(grep -oE '运行记录 [0-9]+' "$work/plan-$year.err" | grep -oE '[0-9]+')"
  if run check --data "$data" --plan "$work/plan-$year/plan.csv" >"$work/check-$year.out" 2>&1; then checked="通过"; else checked="未通过"; fi
  run publish --run "$runid" >&2
  run rollover --dataset "$year" --name "$next" --plan-start "$next-09-01" --out "$work/data-$next" >&2
  data="$work/data-$next"
  # The figures are metrics.json as the run stored it, and the plan's rows.
  figures="$(sql "select m->'rotation'->>'eligible', m->'rotation'->>'rotated', round((m->'rotation'->>'ratio')::numeric * 100, 1),
      round((m->'rotation'->>'backbone_share')::numeric * 100, 1),
      (select count(*) from plan_rows p where p.run_id = r.id and p.kind = 'return'),
      m->'shortage_fte'->>'before', m->'shortage_fte'->>'after',
      m->'standards'->'primary'->'all_three'->>'after', m->'standards'->'junior'->'all_three'->>'after',
      (select round(sum((i.value->'after'->>'cv')::numeric), 3) from jsonb_each(m->'indicators') s, jsonb_each(s.value) i)
      from plan_runs r, lateral (select r.metrics as m) x where r.id = $runid")"
  IFS='|' read -r eligible rotated ratio backbone returns before after primary junior cv <<<"$figures"
  rows+=("| $year | $runid | $eligible | $rotated | $ratio % | $backbone % | $returns | $before → $after | $primary / $junior | $cv | $checked |")
  # The run's own summary of the posts the returns left (printed only in a year with returns).
  while IFS= read -r line; do vacancies+=("  - $year 年：${line#期满返回：}"); done < <(grep '^期满返回：' "$work/plan-$year.err" || true)
done

# One teacher is never in two rotations at once, and nobody on a term is sent again.
overlaps="$(sql "select count(*) from register_entries a join register_entries b on a.county = b.county
    and a.teacher_id = b.teacher_id and a.id < b.id and a.kind = 'transfer' and b.kind = 'transfer'
    and a.start_date < b.end_date and b.start_date < a.end_date")"
again="$(sql "select count(*) from register_entries e join register_entries t on t.county = e.county
    and t.teacher_id = e.teacher_id and t.kind = 'transfer' and e.kind <> 'return'
    and t.start_date < e.start_date and e.start_date < t.end_date")"
total="$(sql "select count(*) from register_entries")"
teachers="$(sql "select count(distinct teacher_id) from register_entries where kind = 'transfer'")"

{
  echo "# 四年连续规划：示例县 $first–$((first + years - 1))"
  echo
  echo "由 \`bash docs/four-years.sh\` 生成（每年求解时限 ${limit} 秒，生成于 $(date -u +%Y-%m-%d)）。脚本在一次性 PostgreSQL 上导入"
  echo "\`data/sample-county\` 作为 $first 年的数据，然后每年：\`plan --dataset\` 规划、\`check\` 复核、\`publish\` 发布最终方案"
  echo "（记入交流轮岗登记册）、\`rollover\` 生成下一年的数据（交流教师到交流学校任教、人事关系保留在原校，见 docs/register.md）。"
  echo
  echo "| 年度 | 运行 | 符合交流条件 | 交流轮岗 | 交流比例 | 骨干占比 | 期满返回 | 紧缺学科缺口（前 → 后，FTE） | 三项指标全部达标的学校（小学 / 初中） | 差异系数之和 | check |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "- 交流轮岗、比例、骨干占比、缺口、达标学校数和差异系数之和取自每年运行保存的 metrics.json（\`rotation\`、\`shortage_fte\`、"
  echo "  \`standards.*.all_three.after\`、\`indicators.*.*.after.cv\` 六项之和）；期满返回是方案中 \`return\` 行的条数。"
  echo "- check 一栏是 \`check\` 用当年的数据复核方案的结果（含 10 % 交流比例和 20 % 骨干占比）。"
  echo "- 登记册共 $total 条记录，$teachers 名教师有交流轮岗记录；同一教师交流期相互重叠的记录 $overlaps 对；"
  echo "  交流期内又被安排（任何一类行）的 $again 次。"
  echo "- 期满返回：教师的交流期满（\`last_rotation_end\` 不晚于规划起始日期）后由规划安排回到人事关系学校。"
  echo "  $first 年交流的教师 $((first + 3)) 年期满。返回教师的同校同科同事可以去补交流学校留下的空缺（规则保护的是返回前后"
  echo "  较低的配备，见 docs/policy.md“期满返回与空缺补充”）；派人补足会使交流学校超编（staff_quota）、派出校低于最低标准"
  echo "  （keep_standards）等的空缺未补足，每个空缺补了谁、为何未补，见当年报告“期满返回与留下的空缺”表。人事股可对无人"
  echo "  接替的教师作“留任”（stay）决定。各年命令行的返回摘要："
  if [[ ${#vacancies[@]} -gt 0 ]]; then printf '%s\n' "${vacancies[@]}"; else echo "  - 四年中没有期满返回。"; fi
  echo
  echo "---"
  echo
  echo "Generated by \`bash docs/four-years.sh\`: the sample county imported as $first, then each year planned, re-checked,"
  echo "published as final (register entries) and rolled over into the next year's dataset. Figures are read from each"
  echo "stored run's metrics.json; returns count the plan's \`return\` rows; the last lines check the register for"
  echo "overlapping terms and teachers sent again during a term."
} >docs/four-years.md
echo "Wrote docs/four-years.md" >&2
