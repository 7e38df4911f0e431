#!/bin/sh
# Regenerates the demo's video clips (src/adapter/demo/media/*.webm) with Debian's ffmpeg
# (`apt-get install -y ffmpeg`): 25 minutes each (the longest demo recording) at 2 frames a second (screens at 1, as screen shares go), small pictures that move
# (a client and an operator swaying in front of their cameras, a screen with a scrolling line and
# a wandering pointer), VP9 with 5-second clusters so the demo can cut them to any recording's
# length without re-encoding (src/adapter/demo/webm-cut.ts); the index (Cues) goes in front of the
# clusters so it survives the cut and seeking stays exact. About 100–200 KB each.
set -eu
out="$(dirname "$0")/../src/adapter/demo/media"
enc="-c:v libvpx-vp9 -b:v 0 -crf 63 -deadline good -cpu-used 4 -g 120 -cluster_time_limit 5000 -cues_to_front 1 -an"
# Moving shapes are overlays: their positions are evaluated per frame (drawbox's are not).
ff="ffmpeg -hide_banner -loglevel error -y -filter_complex"
$ff "color=c=0x2f4f6f:s=128x96:r=2:d=1500[bg];color=c=0xe8c39e:s=32x38:r=2[head];color=c=0x7a3b2f:s=48x32:r=2[body];[bg][body]overlay=x='40+24*sin(t/3)':y='64+6*sin(t/2)':shortest=1[a];[a][head]overlay=x='48+24*sin(t/3)':y='22+6*sin(t/2)':shortest=1" $enc -metadata title="Demo client camera" "$out/client-camera.webm"
$ff "color=c=0x5a4632:s=128x96:r=2:d=1500[bg];color=c=0xf1d2b6:s=30x36:r=2[head];color=c=0x1f3d7a:s=52x36:r=2[body];color=c=0x2a1a0a:s=30x8:r=2[hair];[bg][body]overlay=x='38+10*sin(t/4)':y='60+5*cos(t/3)':shortest=1[a];[a][head]overlay=x='49+10*sin(t/4)':y='20+5*cos(t/3)':shortest=1[b];[b][hair]overlay=x='49+10*sin(t/4)':y='15+5*cos(t/3)':shortest=1" $enc -metadata title="Demo operator camera" "$out/operator-camera.webm"
$ff "color=c=0xf3f4f6:s=192x120:r=1:d=1500,drawbox=x=0:y=0:w=192:h=12:color=0x1f6feb:t=fill,drawbox=x=10:y=24:w=100:h=8:color=0x9ca3af:t=fill,drawbox=x=10:y=60:w=140:h=8:color=0x9ca3af:t=fill[bg];color=c=0xd1d5db:s=172x5:r=1[line];color=c=0x111111:s=6x9:r=1[pointer];[bg][line]overlay=x=10:y='34+mod(t*6,70)':shortest=1[a];[a][pointer]overlay=x='96+70*sin(t/5)':y='60+40*sin(t/7)':shortest=1" $enc -metadata title="Demo screen share" "$out/screen.webm"
ls -l "$out"
