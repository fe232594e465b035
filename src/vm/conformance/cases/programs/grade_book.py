def mean(values):
    values = list(values)
    return sum(values) / len(values)

students = {
    "ana": {"math": [90, 85, 77], "art": [88, 92]},
    "ben": {"math": [60, 72, 58], "art": [95, 91]},
    "cai": {"math": [100, 98, 94], "art": [70]},
    "dee": {"math": [], "art": [80, 85]},
}


def letter(score):
    for cutoff, grade in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return grade
    return "F"


report = []
for name, subjects in sorted(students.items()):
    averages = {}
    for subject, scores in subjects.items():
        if not scores:
            print(f"warning: {name} has no {subject} scores")
            continue
        averages[subject] = mean(scores)
    overall = mean(averages.values())
    report.append((name, overall))
    details = ", ".join(f"{s}={avg:.1f}({letter(avg)})" for s, avg in averages.items())
    print(f"{name:<4} {details:<30} overall {overall:6.2f} {letter(overall)}")
ranked = sorted(report, key=lambda r: r[1], reverse=True)
print("ranking:", [name for name, _ in ranked])
best_by_subject = {}
for name, subjects in students.items():
    for subject, scores in subjects.items():
        if scores and max(scores) > best_by_subject.get(subject, (None, -1))[1]:
            best_by_subject[subject] = (name, max(scores))
print(best_by_subject)
