import sys
header = sys.stdin.readline().strip().split(",")
rows = [dict(zip(header, line.strip().split(","))) for line in sys.stdin if line.strip()]
for r in rows:
    r["score"] = int(r["score"])
print(header, len(rows))
best = max(rows, key=lambda r: r["score"])
print("best:", best["name"], best["score"])
by_team = {}
for r in rows:
    by_team.setdefault(r["team"], []).append(r["score"])
for team, scores in sorted(by_team.items()):
    print(team, sum(scores) / len(scores))
