class TrafficLight:
    TRANSITIONS = {
        ("red", "timer"): "green",
        ("green", "timer"): "yellow",
        ("yellow", "timer"): "red",
        ("red", "emergency"): "red",
        ("green", "emergency"): "red",
        ("yellow", "emergency"): "red",
        ("red", "maintenance"): "flashing",
        ("flashing", "reset"): "red",
    }

    def __init__(self):
        self.state = "red"
        self.history = [self.state]

    def fire(self, event):
        key = (self.state, event)
        if key not in self.TRANSITIONS:
            raise ValueError(f"event {event!r} not allowed in state {self.state!r}")
        self.state = self.TRANSITIONS[key]
        self.history.append(self.state)
        return self.state


light = TrafficLight()
for event in ["timer", "timer", "emergency", "timer", "maintenance", "timer", "reset", "timer"]:
    try:
        print(f"{event:<12} -> {light.fire(event)}")
    except ValueError as e:
        print(f"{event:<12} !! {e}")
print(" > ".join(light.history))
visits = {}
for s in light.history:
    visits[s] = visits.get(s, 0) + 1
print(visits)
