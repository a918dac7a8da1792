"""The Qt widgets. Views render state and forward input; they never talk to the network."""
