<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../desktop/dialogs/setup_wizard.py" line="+158"/>
        <source>Akun pertama</source>
        <translation>First account</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>18 angka, boleh dikosongkan</source>
        <translation>18 digits, may be left empty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Akun {role} yang pertama; akun lain dibuat setelah masuk.</source>
        <translation>The first {role} account; other accounts are created after logging in.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>AmendTimeDialog</name>
    <message>
        <location filename="../../desktop/dialogs/service_hours.py" line="+76"/>
        <source>Koreksi jam</source>
        <translation>Correct time</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tercatat: buka {opened}, tutup {closed}.</source>
        <translation>Recorded: opened {opened}, closed {closed}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jam buka</source>
        <translation>Opening time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jam tutup</source>
        <translation>Closing time</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>mis. 07.30</source>
        <translation>e.g. 07.30</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mis. Lupa menekan tombol saat buka</source>
        <translation>e.g. Forgot to press the button when opening</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yang dikoreksi</source>
        <translation>Time to correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jam sebenarnya</source>
        <translation>Actual time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan koreksi</source>
        <translation>Save correction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catatan asli tetap disimpan; koreksi dicatat bersama alasannya.</source>
        <translation>The original record is kept; the correction is recorded with its reason.</translation>
    </message>
</context>
<context>
    <name>AssignmentDialog</name>
    <message>
        <location filename="../../desktop/dialogs/calendar.py" line="+133"/>
        <source>Tetapkan jadwal</source>
        <translation>Assign schedule</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Semua kantor</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berakhir pada</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jadwal</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untuk</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mulai</source>
        <translation>Starts on</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <location filename="../../desktop/pages/attendance.py" line="+85"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terlambat</source>
        <translation>Late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulang sebelum waktu</source>
        <translation>Left early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dinas luar</source>
        <translation>Official travel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tugas belajar</source>
        <translation>Study assignment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bekerja dari rumah</source>
        <translation>Working from home</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Izin</source>
        <translation>Excused absence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuti tahunan</source>
        <translation>Annual leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuti sakit</source>
        <translation>Sick leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuti besar</source>
        <translation>Long service leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuti melahirkan</source>
        <translation>Maternity leave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuti karena alasan penting</source>
        <translation>Leave for important reasons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanpa keterangan</source>
        <translation>Unexcused absence</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <location line="+143"/>
        <source>Apel harian</source>
        <translation>Daily roll call</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekap bulanan</source>
        <translation>Monthly recap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TK tahunan</source>
        <translation>Yearly unexcused absence (TK)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hari sebelumnya</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hari berikutnya</source>
        <translation>Next day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+354"/>
        <source>Semua hadir</source>
        <translation>All present</translation>
    </message>
    <message>
        <location line="-336"/>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Datang</source>
        <translation>In</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pulang</source>
        <translation>Out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TL/PSW</source>
        <translation>TL/PSW band</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>cuti</source>
        <translation>leave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>bekerja dari rumah</source>
        <translation>working from home</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Pita terlambat datang (TL) dan pulang sebelum waktu (PSW), per {minutes} menit dari jadwal hari itu.</source>
        <translation>Bands of late arrival (TL) and early departure (PSW), per {minutes} min from that day&apos;s schedule.</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Absensi</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Bukan hari kerja: absensi tidak dicatat.</source>
        <translation>Not a working day: attendance is not recorded.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{day} · jam kerja {opens}–{closes}</source>
        <translation>{day} · working hours {opens}–{closes}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bulan {month} sudah dikunci pimpinan: setiap perubahan meminta alasan koreksi dan dicatat sebagai koreksi.</source>
        <translation>{month} is locked by the head: every change needs a reason and is recorded as a correction.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{recorded} dari {total} pegawai tercatat</source>
        <translation>{recorded} of {total} staff recorded</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tandai semua yang belum dicatat sebagai H, datang {opens}.</source>
        <translation>Mark everyone not yet recorded as H, in at {opens}.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>C-…</source>
        <translation>Leave…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cuti: pilih jenisnya</source>
        <translation>Leave: choose the type</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cuti</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Jam datang</source>
        <translation>Time in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jam pulang</source>
        <translation>Time out</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Belum memiliki NIP atau nomor pegawai lokal.</source>
        <translation>Has no NIP or local staff number yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catatan: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Tersimpan: {name} — {details}</source>
        <translation>Saved: {name} — {details}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Koreksi bulan terkunci</source>
        <translation>Correction in a locked month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulan {month} sudah dikunci pimpinan. Tulis alasan koreksi (minimal 5 huruf); perubahan ini dicatat sebagai koreksi.</source>
        <translation>{month} is locked by the head. Write a reason for the correction (at least 5 letters); this change is recorded as a correction.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mis. surat dokter baru diterima</source>
        <translation>e.g. doctor&apos;s note just received</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Tandai {count} pegawai yang belum dicatat sebagai H (hadir), datang {opens}?</source>
        <translation>Mark {count} staff not yet recorded as H (present), in at {opens}?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dilewati karena belum memiliki NIP atau nomor pegawai lokal: {names}.</source>
        <translation>Skipped, no NIP or local staff number yet: {names}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tandai hadir</source>
        <translation>Mark present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} pegawai ditandai hadir {opens}.</source>
        <translation>{count} staff marked present at {opens}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+87"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Hari
kerja</source>
        <translation>Work
days</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%
hadir</source>
        <translation>%
present</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terlambat datang {first}–{last} menit</source>
        <translation>Arrived {first}–{last} min late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulang lebih awal {first}–{last} menit</source>
        <translation>Left {first}–{last} min early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terlambat datang lebih dari {minutes} menit</source>
        <translation>Arrived more than {minutes} min late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pulang lebih awal lebih dari {minutes} menit</source>
        <translation>Left more than {minutes} min early</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hari kerja sampai hari ini selama pegawai aktif</source>
        <translation>Working days up to today while the staff member was active</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cuti (semua jenis)</source>
        <translation>Leave (all types)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>% kehadiran: (H + TL + PSW + DL + TB + WFH) ÷ hari kerja</source>
        <translation>% attendance: (H + TL + PSW + DL + TB + WFH) ÷ working days</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>% hadir = (H + TL + PSW + DL + TB + WFH) ÷ hari kerja sampai hari ini. C = semua jenis cuti. TL1–TL{count} dan PSW1–PSW{count}: per {minutes} menit terlambat datang atau pulang lebih awal.</source>
        <translation>% present = (H + TL + PSW + DL + TB + WFH) ÷ working days up to today. C = all types of leave. TL1–TL{count} and PSW1–PSW{count}: per {minutes} min of arriving late or leaving early.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Bulan ini belum dimulai.</source>
        <translation>This month has not started yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum ada pegawai aktif pada bulan ini.</source>
        <translation>No active staff in this month.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sampai {day}: {count} pegawai, rata-rata kehadiran {percent}.</source>
        <translation>Up to {day}: {count} staff, average attendance {percent}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>TK tahun ini</source>
        <translation>TK days this year</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+8"/>
        <source>{n} hari</source>
        <translation>{n}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Sanksi tercapai</source>
        <translation>Sanction reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ambang berikutnya</source>
        <translation>Next threshold</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <source>{n} hari: {label}</source>
        <translation>{n} days: {label}</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Kurang</source>
        <translation>Days left</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{reached} mencapai sanksi, {warned} mendekati ambang</source>
        <translation>{reached} reached a sanction, {warned} near a threshold</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>paling banyak {n} hari lagi menuju ambang sanksi berikutnya</source>
        <translation>at most {n} day(s) from the next sanction threshold</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sudah mencapai ambang sanksi</source>
        <translation>sanction threshold reached</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PP 94/2021 tentang Disiplin PNS (Pasal 9–11): hari tidak masuk kerja tanpa keterangan (TK) dijumlahkan selama satu tahun. Ambang: {table}.</source>
        <translation>PP 94/2021 on civil servant discipline (Articles 9–11): days absent without notice (TK) are added up over one year. Thresholds: {table}.</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../desktop/pages/home_city.py" line="+137"/>
        <source>Perlu perhatian:</source>
        <translation>Needs attention:</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../desktop/pages/calendar_tab.py" line="+51"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Untuk</source>
        <translation>For</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+5"/>
        <source>semua kantor</source>
        <translation>all offices</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Jadwal</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mulai</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sampai</source>
        <translation>Until</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Jadwal dan hari libur ditetapkan kota dan diterima lewat bundle referensi.</source>
        <translation>Schedules and holidays are set by the city and arrive in the reference bundle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hari libur tahun</source>
        <translation>Holidays in</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tambah hari libur…</source>
        <translation>Add holiday…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus hari libur</source>
        <translation>Delete holiday</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Jadwal yang berlaku</source>
        <translation>Schedules in force</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Jadwal baru…</source>
        <translation>New schedule…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tetapkan jadwal…</source>
        <translation>Assign schedule…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Libur nasional</source>
        <translation>National holiday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libur nasional berasal dari ketentuan pemerintah pusat dan tidak dapat dihapus di sini.</source>
        <translation>National holidays are set by the central government and cannot be deleted here.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/dialogs/accounts.py" line="+28"/>
        <source>Ganti kata sandi</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kata sandi lama</source>
        <translation>Current password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
</context>
<context>
    <name>Charts</name>
    <message>
        <location filename="../../desktop/widgets/charts.py" line="+78"/>
        <source>mencapai {target}%</source>
        <translation>reaching {target}%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>di bawah {target}%</source>
        <translation>below {target}%</translation>
    </message>
</context>
<context>
    <name>CityHomePage</name>
    <message>
        <location filename="../../desktop/pages/home_city.py" line="+12"/>
        <source>belum pernah mengirim data</source>
        <translation>has never sent data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tidak ada kiriman selama {days} hari (lebih dari {limit})</source>
        <translation>nothing received for {days} days (more than {limit})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>buka tepat waktu {percent} hari kerja, di bawah {target}%</source>
        <translation>opened on time on {percent} of working days, below {target}%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{count} rekomendasi rotasi (aturan tiga laporan pungli)</source>
        <translation>{count} rotation recommendation(s) (three pungli reports rule)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>inovasi berisiko: {reason}</source>
        <translation>innovation at risk: {reason}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Beranda — {city}</source>
        <translation>Home — {city}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Semua kantor</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per kecamatan</source>
        <translation>Per district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grafik</source>
        <translation>Charts</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rincian kantor…</source>
        <translation>Office details…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bulan</source>
        <translation>Month</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+97"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>kantor dipantau</source>
        <translation>offices monitored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hari kerja buka tepat waktu</source>
        <translation>working days opened on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kehadiran pegawai</source>
        <translation>staff attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kantor tanpa kiriman &gt; {days} hari</source>
        <translation>offices silent &gt; {days} days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rekomendasi rotasi (tiga laporan)</source>
        <translation>rotation recommendations (three reports)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kantor dengan inovasi berisiko</source>
        <translation>offices with innovation at risk</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+100"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+98"/>
        <source>Tepat
waktu</source>
        <translation>On
time</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+98"/>
        <source>Rata-rata
terlambat
(menit)</source>
        <translation>Average
lateness
(minutes)</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+98"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+98"/>
        <source>Sidak
(kunjungan/
temuan)</source>
        <translation>Inspections
(visits/
findings)</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+99"/>
        <source>Selisih
sidak</source>
        <translation>Inspection
discrepancies</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+99"/>
        <source>Pengaduan
(diterima/terbuka/
lewat batas)</source>
        <translation>Complaints
(received/open/
overdue)</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Inovasi
(jumlah, tahap
terbaik)</source>
        <translation>Innovations
(count, best
stage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risiko
inovasi</source>
        <translation>Innovation
risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capaian PK
(predikat)</source>
        <translation>PK achievement
(grade)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sinkron terakhir
(hari tanpa kiriman)</source>
        <translation>Last sync
(days silent)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{when} ({days} hari)</source>
        <translation>{when} ({days} days)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Rekomendasi
rotasi</source>
        <translation>Rotation
recommendations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inovasi</source>
        <translation>Innovations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor
inovasi
berisiko</source>
        <translation>Offices
innovation
at risk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capaian PK
rata-rata</source>
        <translation>Average PK
achievement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kantor tanpa
kiriman</source>
        <translation>Silent
offices</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Hari buka tepat waktu per kecamatan</source>
        <translation>Days opened on time per district</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hari buka tepat waktu per kantor, Kecamatan {name}</source>
        <translation>Days opened on time per office, District {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Belum ada</source>
        <translation>None yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor menurut tahap inovasi tertinggi</source>
        <translation>Offices by highest innovation stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kantor</source>
        <translation>offices</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simpan beranda sebagai Excel</source>
        <translation>Save the dashboard as Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Beranda {month} disimpan ke {path}</source>
        <translation>Dashboard {month} saved to {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gagal menyimpan</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Menyimpan…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menyimpan Excel…</source>
        <translation>Saving Excel…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Bulan {month}, dinilai sampai {day}{running}: hanya hari yang datanya sudah diterima kota. Batas waktu inovasi {deadline}.</source>
        <translation>Month {month}, judged up to {day}{running}: only days whose data the city has received. Innovation deadline {deadline}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (bulan berjalan)</source>
        <translation> (current month)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} kantor; {attention} perlu perhatian (berwarna; arahkan tetikus ke baris untuk alasannya): tanpa kiriman lebih dari {days} hari, tepat waktu di bawah {target}%, rekomendasi rotasi, atau inovasi berisiko. Klik dua kali untuk rincian kantor. &quot;–&quot;: kota belum menerima datanya.</source>
        <translation>{count} offices; {attention} need attention (coloured; hover over a row for the reason): nothing received for more than {days} days, on time below {target}%, a rotation recommendation, or innovation at risk. Double-click for office details. &quot;–&quot;: the city has not received the data.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kecamatan {name}</source>
        <translation>District {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{city}: {offices} kantor, tepat waktu {on_time}, rata-rata terlambat {late} menit, kehadiran {attendance}, {visits} sidak ({discrepancies} selisih), {complaints} pengaduan diterima, capaian PK rata-rata {pk}.</source>
        <translation>{city}: {offices} offices, on time {on_time}, average lateness {late} minutes, attendance {attendance}, {visits} inspections ({discrepancies} discrepancies), {complaints} complaints received, average PK achievement {pk}.</translation>
    </message>
</context>
<context>
    <name>ComplaintDetailDialog</name>
    <message>
        <location filename="../../desktop/dialogs/complaints.py" line="+631"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor diadukan</source>
        <translation>Office complained about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai dilaporkan</source>
        <translation>Reported official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batas waktu</source>
        <translation>Deadlines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Riwayat</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan ganda</source>
        <translation>Duplicate reports</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tampilkan kontak pelapor</source>
        <translation>Show the complainant&apos;s contact</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langkah</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Buka berkas</source>
        <translation>Open file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tambah bukti…</source>
        <translation>Add evidence…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tautkan sebagai laporan ganda…</source>
        <translation>Link as a duplicate report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lepaskan tautan…</source>
        <translation>Unlink…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Verifikasi…</source>
        <translation>Verify…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tindak lanjut…</source>
        <translation>Follow up…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selesai…</source>
        <translation>Close the complaint…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batalkan langkah terakhir…</source>
        <translation>Undo the last step…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Koreksi…</source>
        <translation>Correct…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Pengaduan {number}</source>
        <translation>Complaint {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaduan {number} — {office}</source>
        <translation>Complaint {number} — {office}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tidak disebut</source>
        <translation>not named</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifikasi {verify}, tindak lanjut {follow}, selesai {close} (hari kerja); sekarang: {now}</source>
        <translation>verification {verify}, follow-up {follow}, closure {close} (working days); now: {now}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Riwayat ({count})</source>
        <translation>History ({count})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bukti ({count})</source>
        <translation>Evidence ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laporan ganda ({count})</source>
        <translation>Duplicate reports ({count})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Laporan ganda dari {number}: dihitung sekali bersama laporan itu.</source>
        <translation>Duplicate of {number}: counted once, together with that report.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Laporan lain tentang kejadian yang sama: {numbers}.</source>
        <translation>Other reports of the same event: {numbers}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tidak ditautkan. Bila kejadian yang sama dilaporkan lewat saluran lain, tautkan laporan itu ke laporan pertama agar dihitung sekali.</source>
        <translation>Not linked. When the same event is reported through another channel, link that report to the first one so it counts once.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pengaduan ini ditangani {office}; langkahnya dicatat di sana dan tiba di sini lewat sinkronisasi.</source>
        <translation>This complaint is handled by {office}; its steps are recorded there and arrive here by sync.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hasil verifikasi dicatat.</source>
        <translation>Verification result recorded.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apa yang dilakukan terhadap pengaduan ini</source>
        <translation>What was done about this complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tindak lanjut dicatat.</source>
        <translation>Follow-up recorded.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selesaikan pengaduan</source>
        <translation>Close the complaint</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Penyelesaian</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bagaimana pengaduan ini selesai</source>
        <translation>How this complaint was resolved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaduan dinyatakan selesai.</source>
        <translation>Complaint closed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batalkan langkah terakhir</source>
        <translation>Undo the last step</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Mengapa langkah terakhir dibatalkan</source>
        <translation>Why the last step is undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Langkah terakhir dibatalkan.</source>
        <translation>Last step undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lepaskan tautan laporan ganda</source>
        <translation>Unlink the duplicate report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mengapa laporan ini bukan kejadian yang sama</source>
        <translation>Why this report is not the same event</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tautan dilepas.</source>
        <translation>Link removed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ditautkan sebagai laporan ganda.</source>
        <translation>Linked as a duplicate report.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Koreksi dicatat.</source>
        <translation>Correction recorded.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} berkas bukti ditambahkan.</source>
        <translation>{count} evidence file(s) added.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>(tidak ada kontak yang dicatat di perangkat ini)</source>
        <translation>(no contact recorded on this device)</translation>
    </message>
</context>
<context>
    <name>ComplaintLabels</name>
    <message>
        <location line="-772"/>
        <source>Pilih berkas bukti</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen dan foto (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.txt);;Semua berkas (*)</source>
        <translation>Documents and photos (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.txt);;All files (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>verifikasi</source>
        <translation>verification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tindak lanjut</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>penyelesaian</source>
        <translation>closure</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, lewat {days} hari kerja</source>
        <translation>, {days} working days overdue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{status}, ganda dari {number}</source>
        <translation>{status}, duplicate of {number}</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <location filename="../../desktop/pages/complaints.py" line="+93"/>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pengaduan masyarakat dicatat dan ditangani di kota dan di kantor kecamatan, tidak di {office}. Pengaduan yang diterima di sini (lewat WhatsApp atau warga yang datang) diteruskan ke kantor kecamatan atau ke kota.</source>
        <translation>Public complaints are recorded and handled by the city and the kecamatan offices, not at {office}. Complaints received here (by WhatsApp or from residents who come in) are passed on to the kecamatan office or the city.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pengaduan tentang semua kantor: diterima, diverifikasi dalam 3 hari kerja, ditindaklanjuti dalam 5, selesai dalam 10 (menurut aturan kota).</source>
        <translation>Complaints about every office: received, verified within 3 working days, followed up within 5, closed within 10 (by the city&apos;s rule).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pengaduan tentang {office} dan kelurahannya, ditangani di sini.</source>
        <translation>Complaints about {office} and its kelurahan, handled here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Daftar pengaduan</source>
        <translation>Complaint list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekomendasi rotasi</source>
        <translation>Rotation recommendations</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Semua kantor</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} dan kelurahannya</source>
        <translation>{name} and its kelurahan</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+5"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hanya yang lewat batas waktu</source>
        <translation>Only overdue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+24"/>
        <location line="+76"/>
        <location line="+26"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+25"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terlapor</source>
        <translation>Reported official</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pengaduan baru…</source>
        <translation>New complaint…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rincian…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Pengaduan {number} dicatat.</source>
        <translation>Complaint {number} recorded.</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+27"/>
        <source>Pegawai</source>
        <translation>Official</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+28"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>{count} dari {threshold}</source>
        <translation>{count} of {threshold}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor pengaduan</source>
        <translation>Complaint numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pertama</source>
        <translation>First</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terakhir</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keputusan terakhir</source>
        <translation>Latest decision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Catat keputusan…</source>
        <translation>Record decision…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keputusan rotasi dicatat oleh admin kota.</source>
        <translation>Rotation decisions are recorded by the city admin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saat ini tidak ada pegawai yang mencapai ambang aturan tiga laporan.</source>
        <translation>No official has reached the three-report threshold at present.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum ada keputusan yang dicatat.</source>
        <translation>No decision recorded yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Keputusan yang sudah dicatat&lt;/b&gt;</source>
        <translation>&lt;b&gt;Decisions recorded&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{label}, {day} ({count} laporan); ada laporan baru sesudahnya</source>
        <translation>{label}, {day} ({count} reports); new reports since</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{count} pengaduan, {late} lewat batas waktu</source>
        <translation>{count} complaints, {late} overdue</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rekomendasi rotasi ({count})</source>
        <translation>Rotation recommendations ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aturan tiga laporan: bila seorang pegawai dilaporkan karena pungli dan laporannya terverifikasi {threshold} kali atau lebih dalam {months} bulan terakhir (laporan ganda dari kejadian yang sama dihitung sekali), Pantau menampilkan rekomendasi rotasi. Pantau tidak pernah memutuskan sendiri: keputusannya (rotasi, tidak dirotasi, atau ditunda) dicatat oleh admin kota dengan catatannya, dan rekomendasi kembali muncul bila ada laporan baru.</source>
        <translation>The three-report rule: when an official is reported for pungli and the reports are verified {threshold} times or more in the last {months} months (duplicate reports of the same event count once), Pantau shows a rotation recommendation. Pantau never decides by itself: the decision (rotate, do not rotate, or postpone) is recorded by the city admin with a note, and the recommendation returns when a new report arrives.</translation>
    </message>
</context>
<context>
    <name>CorrectDialog</name>
    <message>
        <location filename="../../desktop/dialogs/complaints.py" line="+321"/>
        <source>Koreksi pengaduan</source>
        <translation>Correct the complaint</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— pilih sumber —</source>
        <translation>— choose a source —</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— pilih kategori —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Apa yang keliru dicatat</source>
        <translation>What was recorded wrongly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai dilaporkan</source>
        <translation>Reported official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan koreksi</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+2"/>
        <source>Tidak ada data yang diubah.</source>
        <translation>Nothing was changed.</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <location filename="../../desktop/crash.py" line="+59"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pantau mengalami kesalahan yang tidak terduga:
{error}

Rincian disimpan di:
{path}

Kirim berkas itu ke admin kota. Data yang sudah tersimpan tidak hilang.</source>
        <translation>Pantau ran into an unexpected error:
{error}

The details were saved to:
{path}

Send that file to the city administrator. Data already saved has not been lost.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../desktop/dialogs/office_drilldown.py" line="+89"/>
        <source>(TW {quarter})</source>
        <translation>(Q{quarter})</translation>
    </message>
</context>
<context>
    <name>DatabaseTab</name>
    <message>
        <location filename="../../desktop/pages/database_tab.py" line="+36"/>
        <source>Data tersimpan di</source>
        <translation>Data stored in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>URL PostgreSQL</source>
        <translation>PostgreSQL URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uji koneksi</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pindahkan data ke server ini</source>
        <translation>Move data to this server</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Setiap PC hub menyimpan sendiri, di folder datanya: kunci privat perangkat (keys/; bundle referensi hanya dapat ditandatangani di PC yang memegang kunci kota, atau salin berkas itu ke PC lain), bundle yang ditahan (held/) dan log. Server PostgreSQL dicadangkan dengan pg_dump di server.</source>
        <translation>Each hub PC keeps these in its own data folder: the device&apos;s private key (keys/; reference bundles can only be signed on the PC holding the city key, or copy that file to another PC), held bundles (held/) and logs. Back up the PostgreSQL server with pg_dump on the server.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>basis data kosong, siap menerima data</source>
        <translation>empty database, ready to receive data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sudah berisi {count} tabel</source>
        <translation>already holds {count} tables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terhubung ke {url} (PostgreSQL {version}): {contents}.</source>
        <translation>Connected to {url} (PostgreSQL {version}): {contents}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Menguji koneksi…</source>
        <translation>Testing the connection…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pindahkan data</source>
        <translation>Move data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salin semua data hub ini ke server PostgreSQL? Berkas SQLite tetap ada sebagai cadangan; sesudahnya Pantau di PC ini memakai server.</source>
        <translation>Copy all of this hub&apos;s data to the PostgreSQL server? The SQLite file stays as a backup; afterwards Pantau on this PC uses the server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menyalin {table}…</source>
        <translation>Copying {table}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data dipindahkan ke {url}: {rows} baris, jumlah baris setiap tabel sama. Tutup Pantau lalu buka lagi untuk bekerja di server.</source>
        <translation>Data moved to {url}: {rows} rows, every table&apos;s row count matches. Close Pantau and open it again to work on the server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memindahkan data ke server…</source>
        <translation>Moving data to the server…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>DateDialog</name>
    <message>
        <location filename="../../desktop/dialogs/common.py" line="+23"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../../desktop/dialogs/complaints.py" line="+8"/>
        <source>Catat keputusan rotasi</source>
        <translation>Record the rotation decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— pilih keputusan —</source>
        <translation>— choose a decision —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dasar keputusan dan siapa yang memutuskan</source>
        <translation>Grounds for the decision and who decided</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegawai</source>
        <translation>Official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Laporan</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} laporan pungli terverifikasi (ambang {threshold}): {numbers}</source>
        <translation>{count} verified pungli reports (threshold {threshold}): {numbers}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../desktop/dialogs/setup_wizard.py" line="+19"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Pantau siap dipakai.

Perangkat: {device}
Sidik kunci: {fingerprint}

Masuk dengan akun {username}.</source>
        <translation>Pantau is ready to use.

Device: {device}
Key fingerprint: {fingerprint}

Log in with the account {username}.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/pages/sidak_city.py" line="+148"/>
        <source>Buka kembali temuan</source>
        <translation>Reopen finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catat tindak lanjut</source>
        <translation>Record follow-up</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{number}, tanggal {day}</source>
        <translation>{number}, dated {day}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidak</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batas</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mengapa temuan ini dibuka kembali</source>
        <translation>Why this finding is reopened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apa yang sudah dilakukan kantor</source>
        <translation>What the office has done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai tanggal</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/forms.py" line="+59"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Kedua kata sandi baru tidak sama.</source>
        <translation>The two new passwords do not match.</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../desktop/dialogs/calendar.py" line="-99"/>
        <source>Tambah hari libur</source>
        <translation>Add holiday</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Semua kantor</source>
        <translation>All offices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berlaku untuk</source>
        <translation>Applies to</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/pages/home.py" line="+31"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pegawai dan akun</source>
        <translation>Staff and accounts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pegawai aktif</source>
        <translation>Active staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun aktif</source>
        <translation>Active accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perubahan tercatat</source>
        <translation>Recorded changes</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Induk</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Buka kantor</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bulan ini</source>
        <translation>This month</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hari buka tepat waktu</source>
        <translation>Days opened on time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rata-rata terlambat</source>
        <translation>Average lateness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kehadiran pegawai</source>
        <translation>Staff attendance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Menit terlambat buka kantor per hari kerja</source>
        <translation>Minutes late opening, per working day</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sidak</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sidak bulan ini</source>
        <translation>Inspections this month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum selesai (draf)</source>
        <translation>Not finished (drafts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum dikirim ke kota</source>
        <translation>Not yet sent to the city</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>{seq} entri di log perangkat ini</source>
        <translation>{seq} entries in this device&apos;s log</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} sidak: ekspor di Sinkronisasi</source>
        <translation>{count} inspections: export them under Sync</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semua sudah dikirim</source>
        <translation>all sent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bukan hari kerja ({reason})</source>
        <translation>Not a working day ({reason})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum dibuka</source>
        <translation>Not opened yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pukul {time}, terlambat {minutes} menit</source>
        <translation>At {time}, {minutes} min late</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pukul {time}, tepat waktu</source>
        <translation>At {time}, on time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} hadir</source>
        <translation>{count} present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tidak hadir: {names}</source>
        <translation>absent: {names}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} belum diabsen</source>
        <translation>{count} not yet recorded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{percent}% ({on_time} dari {days} hari kerja)</source>
        <translation>{percent}% ({on_time} of {days} working days)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{minutes} menit</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Menit terlambat</source>
        <translation>Minutes late</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>menit</source>
        <translation>minutes</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../desktop/dialogs/performance.py" line="+25"/>
        <source>Ubah indikator kinerja</source>
        <translation>Edit performance indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambah indikator kinerja</source>
        <translation>Add performance indicator</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. Meningkatnya kualitas pelayanan publik</source>
        <translation>e.g. Better quality of public services</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. Indeks kepuasan masyarakat</source>
        <translation>e.g. Community satisfaction index</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. %, dokumen, menit</source>
        <translation>e.g. %, documents, minutes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Naik (makin tinggi makin baik)</source>
        <translation>Up (higher is better)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turun (makin rendah makin baik)</source>
        <translation>Down (lower is better)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>realisasi tahun lalu (boleh kosong)</source>
        <translation>last year&apos;s realisation (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mis. 85,5</source>
        <translation>e.g. 85,5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sasaran</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Indikator kinerja</source>
        <translation>Performance indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polaritas</source>
        <translation>Polarity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target tahunan</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>kumulatif s.d. akhir triwulan; boleh kosong</source>
        <translation>cumulative to the end of the quarter; optional</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Target triwulan {n}</source>
        <translation>Quarter {n} target</translation>
    </message>
</context>
<context>
    <name>InnovationCityPage</name>
    <message>
        <location filename="../../desktop/pages/innovation_city.py" line="+140"/>
        <location line="+239"/>
        <source>Inovasi</source>
        <translation>Innovations</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Inovasi setiap kantor terhadap batas waktu kota. Berisiko: belum ada inovasi, atau semuanya masih tahap inisiatif. Perlu perhatian: belum ada yang diverifikasi kota.</source>
        <translation>Each office&apos;s innovations against the city&apos;s deadline. At risk: no innovation yet, or all still at the initiative stage. Needs attention: none verified by the city yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pelacak</source>
        <translation>Tracker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengajuan</source>
        <translation>Submissions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Simpan batas waktu</source>
        <translation>Save deadline</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Batas waktu</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Batas waktu disimpan: {day}.</source>
        <translation>Deadline saved: {day}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tinggal {days} hari</source>
        <translation>{days} days left</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hari ini batas waktunya</source>
        <translation>the deadline is today</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sudah lewat {days} hari</source>
        <translation>{days} days overdue</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+30"/>
        <source>Unit kerja</source>
        <translation>Work units</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+31"/>
        <source>Berisiko</source>
        <translation>At risk</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+31"/>
        <source>Perlu perhatian</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+81"/>
        <source>Aman</source>
        <translation>On track</translation>
    </message>
    <message>
        <location line="-75"/>
        <location line="+17"/>
        <location line="+31"/>
        <location line="+113"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>(unit kerja)</source>
        <translation>(work unit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+139"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Inisiatif</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>Uji coba</source>
        <translation>Trial</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+22"/>
        <source>Penerapan</source>
        <translation>Implementation</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+147"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="-146"/>
        <location line="+21"/>
        <source>Diverifikasi</source>
        <translation>Verified</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+40"/>
        <source>Status risiko</source>
        <translation>Risk status</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Dengan inovasi</source>
        <translation>With innovations</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cetak daftar berisiko…</source>
        <translation>Print at-risk list…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Rekap per kecamatan</source>
        <translation>Summary by kecamatan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>belum ada inovasi</source>
        <translation>no innovation yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hanya tahap inisiatif</source>
        <translation>initiative stage only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berisiko: {reason}</source>
        <translation>At risk: {reason}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perlu perhatian: belum ada yang diverifikasi</source>
        <translation>Needs attention: none verified yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Gagal menyimpan</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas {path} tidak dapat ditulis: {reason}</source>
        <translation>The file {path} cannot be written: {reason}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Simpan pelacak inovasi</source>
        <translation>Save innovation tracker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Menyimpan Excel…</source>
        <translation>Saving Excel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pelacak inovasi disimpan ke {path}</source>
        <translation>Innovation tracker saved to {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Simpan daftar kantor berisiko</source>
        <translation>Save list of at-risk offices</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Daftar kantor berisiko disimpan ke {path}</source>
        <translation>List of at-risk offices saved to {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mencetak daftar berisiko…</source>
        <translation>Printing at-risk list…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nilai mandiri</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan kota</source>
        <translation>City&apos;s note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lihat profil…</source>
        <translation>View profile…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verifikasi</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kembalikan…</source>
        <translation>Return…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Muat berkas indikator…</source>
        <translation>Load indicator file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daftar indikator penilaian mandiri tahun lain (berkas JSON), untuk menilai tahun itu.</source>
        <translation>Another year&apos;s self-assessment indicator list (JSON file), to score that year.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{total} ({year})</source>
        <translation>{total} (year {year})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{name} diverifikasi.</source>
        <translation>{name} verified.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{name} dikembalikan ke kantor.</source>
        <translation>{name} returned to the office.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Simpan profil inovasi</source>
        <translation>Save innovation profile</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Profil {name} disimpan ke {path}</source>
        <translation>Profile of {name} saved to {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mencetak profil inovasi…</source>
        <translation>Printing innovation profile…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Batas waktu {day}: {left}</source>
        <translation>Deadline {day}: {left}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} inovasi diajukan ke kota, {waiting} menunggu keputusan.</source>
        <translation>{count} innovations submitted to the city, {waiting} awaiting a decision.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} kantor: {risk} berisiko, {attention} perlu perhatian</source>
        <translation>{count} offices: {risk} at risk, {attention} need attention</translation>
    </message>
</context>
<context>
    <name>InnovationDialog</name>
    <message>
        <location filename="../../desktop/dialogs/innovation.py" line="+128"/>
        <source>Profil</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bukti</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Penilaian mandiri</source>
        <translation>Self-assessment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hanya pimpinan (lurah/camat) yang mengajukan.</source>
        <translation>Only the head (lurah/camat) submits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Inovasi digital (memakai aplikasi/TI)</source>
        <translation>Digital innovation (uses an app/IT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mis. administrasi kependudukan</source>
        <translation>e.g. population administration</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>ada</source>
        <translation>set</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rupiah, mis. 5.000.000 (kosong bila tidak ada)</source>
        <translation>rupiah, e.g. 5.000.000 (empty if none)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nama inovasi</source>
        <translation>Innovation name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inisiator</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama inisiator</source>
        <translation>Initiator&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bentuk inovasi</source>
        <translation>Type of innovation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urusan pemerintahan</source>
        <translation>Government affairs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal uji coba</source>
        <translation>Trial date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal penerapan</source>
        <translation>Implementation date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anggaran (Rp)</source>
        <translation>Budget (Rp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tautan video</source>
        <translation>Video link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draf cukup dengan nama, tahap, inisiator dan bentuk. Saat diajukan: rancang bangun minimal {words} kata, tujuan dan manfaat; tahap uji coba perlu tanggal uji coba; tahap penerapan perlu tanggal penerapan dan hasil.</source>
        <translation>A draft needs only the name, stage, initiator and type. To submit: a design of at least {words} words, objectives and benefits; the trial stage needs a trial date; the implementation stage needs an implementation date and results.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Rancang bangun: latar belakang, masalah, cara kerja inovasi, langkah-langkahnya…</source>
        <translation>Design: background, problem, how the innovation works, its steps…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tujuan inovasi</source>
        <translation>Objectives of the innovation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manfaat yang diperoleh</source>
        <translation>Benefits gained</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil inovasi (tahap penerapan)</source>
        <translation>Results of the innovation (implementation stage)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Rancang bangun inovasi&lt;/b&gt;</source>
        <translation>&lt;b&gt;Innovation design&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tujuan</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manfaat</source>
        <translation>Benefits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil</source>
        <translation>Results</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tambah berkas…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus berkas</source>
        <translation>Remove file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>PDF, foto (JPEG/PNG) atau dokumen lain; paling besar {size} per berkas. Menambah atau menghapus bukti menjadikan inovasi draf kembali.</source>
        <translation>PDF, photos (JPEG/PNG) or other documents; at most {size} per file. Adding or removing evidence makes the innovation a draft again.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Simpan penilaian</source>
        <translation>Save assessment</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pilihan</source>
        <translation>Choice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aturan</source>
        <translation>Rule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Poin</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>{count}/{minimum} kata</source>
        <translation>{count}/{minimum} words</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Inovasi baru</source>
        <translation>New innovation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Inovasi baru&lt;/b&gt; · belum disimpan</source>
        <translation>&lt;b&gt;New innovation&lt;/b&gt; · not saved yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inovasi: {name}</source>
        <translation>Innovation: {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{name}&lt;/b&gt; · {status}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; – {status}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>diajukan {when}</source>
        <translation>submitted {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>catatan kota: {note}</source>
        <translation>city&apos;s note: {note}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Belum ada daftar indikator.</source>
        <translation>No indicator list yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;{label}&lt;/b&gt; (bobot {weight})&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;Bukti: {evidence}&lt;/span&gt;</source>
        <translation>&lt;b&gt;{label}&lt;/b&gt; (weight {weight})&lt;br&gt;&lt;span style=&apos;color:#555&apos;&gt;Evidence: {evidence}&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— belum dinilai —</source>
        <translation>— not assessed —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{label} ({value}%)</source>
        <translation>{label} – {value}%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bukti / keterangan</source>
        <translation>evidence / remarks</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Simpan inovasi dulu untuk mengisi penilaian.</source>
        <translation>Save the innovation first to fill in the assessment.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Nilai {year}: {total}&lt;/b&gt; dari 100 · {assessed} dari {count} indikator dinilai · nilai = Σ bobot × nilai pilihan</source>
        <translation>&lt;b&gt;Score {year}: {total}&lt;/b&gt; out of 100 · {assessed} of {count} indicators assessed · score = Σ weight × choice value</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Anggaran ditulis angka rupiah, mis. 5.000.000.</source>
        <translation>Write the budget as a rupiah amount, e.g. 5.000.000.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tersimpan sebagai draf.</source>
        <translation>Saved as a draft.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inovasi diajukan ke kota.</source>
        <translation>Innovation submitted to the city.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pilih berkas bukti</source>
        <translation>Choose evidence files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dokumen dan foto (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.ods);;Semua berkas (*)</source>
        <translation>Documents and photos (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.odt *.ods);;All files (*)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>{count} berkas bukti ditambahkan.</source>
        <translation>{count} evidence files added.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Berkas bukti dihapus.</source>
        <translation>Evidence file removed.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Penilaian mandiri {year} tersimpan.</source>
        <translation>Self-assessment {year} saved.</translation>
    </message>
</context>
<context>
    <name>InnovationPage</name>
    <message>
        <location filename="../../desktop/pages/innovation.py" line="+74"/>
        <source>Indikator tahun {year} dimuat dari {name} ({count} indikator) dan disimpan; tetap tersedia saat aplikasi dibuka lagi.</source>
        <translation>Indicators for {year} loaded from {name} ({count} indicators) and saved; they stay available when the app is opened again.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Nama inovasi</source>
        <translation>Innovation name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digital</source>
        <translation>Digital?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diajukan</source>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Catatan kota</source>
        <translation>City&apos;s note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Inovasi baru</source>
        <translation>New innovation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ajukan</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanya pimpinan (lurah/camat) yang mengajukan.</source>
        <translation>Only the head (lurah/camat) submits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Muat berkas indikator…</source>
        <translation>Load indicator file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daftar indikator penilaian mandiri tahun lain (berkas JSON dari kota).</source>
        <translation>The self-assessment indicator list of another year (JSON file from the city).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Inovasi</source>
        <translation>Innovations</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{total} inovasi · {drafts} draf · {submitted} diajukan · {verified} diverifikasi · {returned} dikembalikan</source>
        <translation>{total} innovations · {drafts} drafts · {submitted} submitted · {verified} verified · {returned} returned</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Ajukan inovasi</source>
        <translation>Submit innovation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ajukan &quot;{name}&quot; ke kota untuk diverifikasi?</source>
        <translation>Submit &quot;{name}&quot; to the city for verification?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;{name}&quot; diajukan ke kota.</source>
        <translation>&quot;{name}&quot; submitted to the city.</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Muat berkas indikator</source>
        <translation>Load indicator file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas indikator (*.json)</source>
        <translation>Indicator file (*.json)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Berkas indikator ditolak</source>
        <translation>Indicator file rejected</translation>
    </message>
</context>
<context>
    <name>LedgerPage</name>
    <message>
        <location filename="../../desktop/pages/ledger.py" line="+67"/>
        <source>disetujui</source>
        <translation>approved</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+88"/>
        <location line="+42"/>
        <location line="+117"/>
        <location line="+69"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="-315"/>
        <source>Pemeriksa</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>jam mundur</source>
        <translation>clock went backwards</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>di masa depan</source>
        <translation>in the future</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dicatat terlambat</source>
        <translation>recorded late</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Hanya kota dan kantor kecamatan yang mengimpor bundle, jadi buku ini kosong di {office}. Kirim data kantor ini ke kota lewat Sinkronisasi › Ekspor ke USB.</source>
        <translation>Only the city and kecamatan offices import bundles, so this ledger is empty at {office}. Send this office&apos;s data to the city with Sync › Export to USB.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundle yang diterima kota dari setiap kantor dan pemeriksa.</source>
        <translation>Bundles the city received from every office and inspector.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bundle kelurahan di {office} yang diimpor di sini.</source>
        <translation>Bundles of the kelurahan in {office} imported here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+197"/>
        <location line="+43"/>
        <location line="+25"/>
        <source>Perangkat</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Bundle</source>
        <translation>Bundles</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>Tanda jam</source>
        <translation>Clock flags</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Kantor senyap</source>
        <translation>Silent offices</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-250"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sidik kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Seq terakhir</source>
        <translation>Last seq</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Bundle terakhir</source>
        <translation>Last bundle</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+38"/>
        <source>Celah seq</source>
        <translation>Seq gaps</translation>
    </message>
    <message>
        <location line="-37"/>
        <location line="+254"/>
        <source>Ditahan</source>
        <translation>Held</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Setujui perangkat…</source>
        <translation>Approve device…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hanya admin kota atau pimpinan kantor yang dapat menyetujui perangkat.</source>
        <translation>Only a city admin or the office head can approve devices.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Setujui perangkat</source>
        <translation>Approve device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setujui perangkat dari {office} ({code})?</source>
        <translation>Approve the device of {office} ({code})?</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Setujui</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Perangkat {office} ({fingerprint}) disetujui.</source>
        <translation>Device of {office} ({fingerprint}) approved.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tidak ada bundle yang menunggu.</source>
        <translation>No bundles were waiting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>baru {new}, diperbarui {updated}, tetap {unchanged}</source>
        <translation>new {new}, updated {updated}, unchanged {unchanged}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{file}: {result} ({detail}) {reason}</source>
        <translation>{file} — {result} ({detail}) {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Menyetujui perangkat dan menerapkan bundle…</source>
        <translation>Approving the device and applying its bundles…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+16"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+70"/>
        <source>Seq</source>
        <translation>Seq no.</translation>
    </message>
    <message>
        <location line="-325"/>
        <source>belum disetujui</source>
        <translation>not approved</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Buku sinkronisasi</source>
        <translation>Sync Ledger</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Perangkat terpilih</source>
        <translation>Selected device</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID perangkat</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pilih perangkat di tabel untuk melihat rinciannya.</source>
        <translation>Select a device in the table to see its details.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>disetujui oleh {user}, {when}</source>
        <translation>approved by {user}, {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>menunggu persetujuan sejak {when}</source>
        <translation>awaiting approval since {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{file} — {result}, {when}</source>
        <translation>{file}: {result}, {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seq {gaps} belum tiba</source>
        <translation>seq {gaps} not yet received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak ada</source>
        <translation>none</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;p style=&apos;white-space:pre&apos;&gt;Mode: {mode}&lt;br&gt;Sidik kunci: &lt;b&gt;{fingerprint}&lt;/b&gt;&lt;br&gt;ID perangkat: {device}&lt;/p&gt;&lt;p&gt;Cocokkan sidik kunci ini dengan yang tampil di Pengaturan › Perangkat dan cadangan pada komputer kantor itu (lewat telepon atau langsung, bukan dari flashdisk yang sama). Setelah disetujui, bundle yang ditahan dari perangkat ini diterapkan.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;white-space:pre&apos;&gt;Mode: {mode}&lt;br&gt;Key fingerprint: &lt;b&gt;{fingerprint}&lt;/b&gt;&lt;br&gt;Device ID: {device}&lt;/p&gt;&lt;p&gt;Compare this fingerprint with the one shown under Settings › Device and backups on that office&apos;s computer (by phone or in person, not from the same USB stick). Once approved, the bundles held from this device are applied.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tetap</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Saring berkas, kantor, hasil, alasan…</source>
        <translation>Filter file, office, result, reason…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bundle terpilih</source>
        <translation>Selected bundle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dibuat</source>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pilih bundle di tabel untuk melihat rinciannya.</source>
        <translation>Select a bundle in the table to see its details.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>baru {new}, diperbarui {updated}, tetap {unchanged}, tanda jam {flags}</source>
        <translation>new {new}, updated {updated}, unchanged {unchanged}, clock flags {flags}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (sudah dilepas dari tahanan)</source>
        <translation> (since released from hold)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ditandai</source>
        <translation>Flagged</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Entri yang waktunya meragukan: jam perangkat mundur, waktu setelah jam kota, atau data suatu hari yang baru dicatat lebih dari tiga hari kemudian.</source>
        <translation>Entries whose time is doubtful: the device clock went backwards, a time after the city&apos;s clock, or data about a day recorded more than three days later.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terakhir diterima</source>
        <translation>Last received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belum pernah</source>
        <translation>never</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hari senyap</source>
        <translation>Days silent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanya kantor senyap</source>
        <translation>Silent offices only</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Senyap bila tidak ada data diterima lebih dari</source>
        <translation>Silent when no data was received for more than</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{silent} dari {total} kantor senyap lebih dari {days} hari</source>
        <translation>{silent} of {total} offices silent for more than {days} days</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{count} perangkat, {waiting} menunggu persetujuan</source>
        <translation>{count} devices, {waiting} awaiting approval</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{count} bundle</source>
        <translation>{count} bundles</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../desktop/dialogs/complaints.py" line="-107"/>
        <source>Tautkan sebagai laporan ganda</source>
        <translation>Link as a duplicate report</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— pilih laporan pertama —</source>
        <translation>— choose the first report —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mengapa laporan ini sama (boleh kosong)</source>
        <translation>Why this report is the same (optional)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laporan pertama</source>
        <translation>First report</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum ada pengaduan lain tentang kantor ini.</source>
        <translation>No other complaint about this office yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pilih laporan pertama dari kejadian yang sama.</source>
        <translation>Choose the first report of the same event.</translation>
    </message>
</context>
<context>
    <name>LockMonthDialog</name>
    <message>
        <location filename="../../desktop/dialogs/service_hours.py" line="+75"/>
        <location line="+11"/>
        <source>Kunci bulan</source>
        <translation>Lock month</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Kunci jam layanan bulan &lt;b&gt;{month}&lt;/b&gt;?</source>
        <translation>Lock the service hours of &lt;b&gt;{month}&lt;/b&gt;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mis. Sudah diperiksa bersama sekretaris</source>
        <translation>e.g. Checked with the secretary</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Catatan (boleh kosong)</source>
        <translation>Note (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Setelah dikunci, jam buka, jam tutup dan alasan bulan itu hanya dapat diubah lewat koreksi dengan alasan, dan setiap koreksi ditandai.</source>
        <translation>Once locked, that month&apos;s opening and closing times and reasons can only be changed by a correction with a reason, and every correction is flagged.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/dialogs/login.py" line="+27"/>
        <source>Masuk ke Pantau</source>
        <translation>Log in to Pantau</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+51"/>
        <source>Kantor: {office}</source>
        <translation>Office: {office}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengguna: {user} ({role})</source>
        <translation>User: {user} ({role})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mode: {mode}</source>
        <translation>Mode: {mode}</translation>
    </message>
</context>
<context>
    <name>MakeReferenceBox</name>
    <message>
        <location filename="../../desktop/pages/sync_reference.py" line="+131"/>
        <source>Bundle untuk kantor</source>
        <translation>Bundles for offices</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bundle referensi (kantor yang sudah terpasang)</source>
        <translation>Reference bundle (offices already set up)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas penyiapan: kantor baru</source>
        <translation>Setup file: new office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas penyiapan: laptop pemeriksa</source>
        <translation>Setup file: inspector&apos;s laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buat…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sidik kunci kota: {fingerprint}</source>
        <translation>City key fingerprint: {fingerprint}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pilih folder tujuan</source>
        <translation>Choose the target folder</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Dibuat: {path}
Bacakan sidik kunci kota kepada kantor: {fingerprint}</source>
        <translation>Created: {path}
Read the city key fingerprint out to the office: {fingerprint}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Membuat bundle…</source>
        <translation>Creating the bundle…</translation>
    </message>
</context>
<context>
    <name>ModePage</name>
    <message>
        <location filename="../../desktop/dialogs/setup_wizard.py" line="-182"/>
        <source>Jenis pemasangan</source>
        <translation>Installation type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih untuk apa komputer ini dipakai. Pilihan ini tetap.</source>
        <translation>Choose what this computer is used for. This choice cannot be changed later.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kantor kelurahan/kecamatan: jam layanan, absensi, layanan, inovasi, kinerja; ekspor ke kota.</source>
        <translation>Kelurahan/kecamatan office: service hours, attendance, services, innovation, performance; export to the city.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laptop pemeriksa: sidak ke kantor dan berita acara.</source>
        <translation>Inspector&apos;s laptop: inspections of offices and inspection reports.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kota (Bagian Organisasi/Inspektorat): impor data semua kantor, dasbor, pengaduan, laporan.</source>
        <translation>City (Organisation Division/Inspectorate): import data from all offices, dashboard, complaints, reports.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Siapkan dari berkas penyiapan kota…</source>
        <translation>Set up from the city&apos;s setup file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Berkas .pantau yang dibuat admin kota untuk kantor ini: mode, kantor, kunci kota dan akun sudah di dalamnya.</source>
        <translation>The .pantau file the city admin made for this office: mode, office, city key and accounts are already in it.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Berkas penyiapan dari kota</source>
        <translation>Setup file from the city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle Pantau (*.pantau)</source>
        <translation>Pantau bundle (*.pantau)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sidik kunci kota</source>
        <translation>City key fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidik kunci kota dalam berkas ini:

{fingerprint}

Samakah dengan yang dibacakan admin kota? Jika tidak, jangan lanjutkan.</source>
        <translation>City key fingerprint in this file:

{fingerprint}

Is it the same as the one the city admin read out? If not, do not continue.</translation>
    </message>
</context>
<context>
    <name>NewUnitDialog</name>
    <message>
        <location filename="../../desktop/dialogs/offices.py" line="+16"/>
        <source>Tambah unit kerja</source>
        <translation>Add work unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mis. 15.71.PKM.001</source>
        <translation>e.g. 15.71.PKM.001</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis: {kinds}</source>
        <translation>Kinds: {kinds}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kode unit</source>
        <translation>Unit code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama unit</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Induk</source>
        <translation>Parent</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../../desktop/dialogs/accounts.py" line="+11"/>
        <source>Tambah pengguna</source>
        <translation>Add user</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP (boleh kosong)</source>
        <translation>NIP (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi awal</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../desktop/dialogs/complaints.py" line="-79"/>
        <source>Pengaduan</source>
        <translation>Complaint</translation>
    </message>
</context>
<context>
    <name>OfficeDrilldownDialog</name>
    <message>
        <location filename="../../desktop/dialogs/office_drilldown.py" line="+33"/>
        <source>Rincian kantor: {office}</source>
        <translation>Office details: {office}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{office} — {month}</source>
        <translation>{office}, {month}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hari per hari</source>
        <translation>Day by day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tren 6 bulan</source>
        <translation>6-month trend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sidak ({visits}; {items} selisih)</source>
        <translation>Inspections ({visits}; {items} discrepancies)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengaduan ({count})</source>
        <translation>Complaints ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inovasi ({count})</source>
        <translation>Innovations ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PK ({count})</source>
        <translation>Performance agreement ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>data sampai {day}</source>
        <translation>data up to {day}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>belum ada data bulan ini</source>
        <translation>no data this month yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>belum pernah mengirim data</source>
        <translation>has never sent data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sinkron terakhir {when} ({days} hari lalu)</source>
        <translation>last sync {when} ({days} days ago)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tepat waktu {on_time} ({days} dari {judged} hari kerja) · rata-rata terlambat {late} menit · kehadiran {present} ({count} dari {staff} hari-pegawai) · capaian PK {pk}</source>
        <translation>On time {on_time} ({days} of {judged} working days) · average lateness {late} minutes · attendance {present} ({count} of {staff} staff-days) · PK achievement {pk}</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+62"/>
        <location line="+18"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-78"/>
        <location line="+63"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Buka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terlambat (menit)</source>
        <translation>Late (minutes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kehadiran</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hari yang datanya belum diterima kota tidak dihitung terlambat maupun tidak hadir; hari libur dan akhir pekan tampak pudar.</source>
        <translation>Days whose data the city has not received count neither as late nor as absent; holidays and weekends are dimmed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>libur</source>
        <translation>day off</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{present} dari {staff}</source>
        <translation>{present} of {staff}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Hari buka tepat waktu per bulan (% hari kerja)</source>
        <translation>Days opened on time per month (% of working days)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{month}: {percent} ({days} dari {judged} hari kerja)</source>
        <translation>{month}: {percent} ({days} of {judged} working days)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tiba</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temuan (terbuka)</source>
        <translation>Findings (open)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cek silang</source>
        <translation>Cross-check</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+61"/>
        <location line="+53"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Pemeriksa</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan kantor</source>
        <translation>Office&apos;s record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temuan sidak</source>
        <translation>Inspection finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lihat sidak…</source>
        <translation>View inspection…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tidak ada sidak ke kantor ini pada bulan ini.</source>
        <translation>No inspection of this office this month.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ketidaksesuaian sidak dengan catatan jam layanan dan absensi kantor: {count}</source>
        <translation>Inspection findings that contradict the office&apos;s service hours and roll calls: {count}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pejabat dilaporkan</source>
        <translation>Reported official</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batas langkah berikut</source>
        <translation>Next step due</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bulan ini: {received} diterima, {open} masih ditangani, {overdue} lewat batas, {pungli} pungli terverifikasi. Daftar: yang diterima bulan ini dan yang masih terbuka.</source>
        <translation>This month: {received} received, {open} still being handled, {overdue} overdue, {pungli} verified pungli. List: those received this month and those still open.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>verifikasi</source>
        <translation>verification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tindak lanjut</source>
        <translation>follow-up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>penutupan</source>
        <translation>closure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{step} s.d. {day}</source>
        <translation>{step} by {day}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, lewat {days} hari kerja</source>
        <translation>, {days} working days overdue</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>belum ada keputusan</source>
        <translation>no decision yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rekomendasi rotasi: {name} — {count} laporan pungli terverifikasi ({first} s.d. {last}); {decision}</source>
        <translation>Rotation recommendation: {name} — {count} verified pungli reports ({first} to {last}); {decision}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inovasi</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tahap</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Digital</source>
        <translation>Digital?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ya</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan kota</source>
        <translation>City&apos;s note</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risiko: {risk}{reason}</source>
        <translation>Risk: {risk}{reason}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Target value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capaian TW {n}</source>
        <translation>Achievement Q{n}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capaian tahun</source>
        <translation>Year&apos;s achievement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kantor ini belum mengirim perjanjian kinerja tahun ini.</source>
        <translation>This office has not sent its performance agreement for this year yet.</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <location filename="../../desktop/dialogs/setup_wizard.py" line="+30"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilih kantor tempat Pantau dipasang (daftar Kemendagri).</source>
        <translation>Choose the office where Pantau is installed (Ministry of Home Affairs list).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cari nama atau kode…</source>
        <translation>Search by name or code…</translation>
    </message>
</context>
<context>
    <name>OfficialPicker</name>
    <message>
        <location filename="../../desktop/dialogs/complaints.py" line="-216"/>
        <source>Nama seperti disebut pelapor</source>
        <translation>Name as given by the complainant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Jabatan (bila diketahui)</source>
        <translation>Position (if known)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>— tidak menyebut pegawai —</source>
        <translation>— no official named —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nama lain (di luar daftar)</source>
        <translation>Another name (not on the roster)</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/pages/base.py" line="+39"/>
        <source>Tidak dapat disimpan</source>
        <translation>Could not be saved</translation>
    </message>
</context>
<context>
    <name>PerformancePage</name>
    <message>
        <location filename="../../desktop/pages/performance.py" line="+93"/>
        <location line="+182"/>
        <source>Tahun</source>
        <translation>Year</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>&lt;h2&gt;Kinerja kantor&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Office performance&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h2&gt;Perjanjian kinerja&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Performance agreement&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sasaran</source>
        <translation>Objective</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+155"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Polaritas</source>
        <translation>Polarity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baseline</source>
        <translation>Baseline value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Annual target</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T {n}</source>
        <translation>Target {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>R {n}</source>
        <translation>Real. {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capaian {n}</source>
        <translation>Achiev. {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Capaian tahun</source>
        <translation>Annual achievement</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tambah indikator…</source>
        <translation>Add indicator…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ubah…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Salin dari tahun lalu</source>
        <translation>Copy from last year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catat realisasi…</source>
        <translation>Record realisation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cetak PK…</source>
        <translation>Print PK…</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+129"/>
        <source>belum</source>
        <translation>missing</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Hapus indikator</source>
        <translation>Delete indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hapus indikator &quot;{name}&quot; beserta realisasinya?</source>
        <translation>Delete the indicator &quot;{name}&quot; and its realisations?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} indikator disalin dari tahun {last}; isi targetnya.</source>
        <translation>{count} indicators copied from {last}; fill in their targets.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Simpan laporan PK</source>
        <translation>Save PK report</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Laporan tidak dibuat</source>
        <translation>Report not created</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Laporan PK tersimpan: {path} (kode verifikasi {code})</source>
        <translation>PK report saved: {path} (verification code {code})</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Semua kecamatan</source>
        <translation>All districts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+7"/>
        <source>TW {n}</source>
        <translation>Q {n}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Belum dilaporkan</source>
        <translation>Not reported</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{offices} kantor; {reported} dengan PK tahun {year}; {missing} belum melaporkan realisasi triwulan yang sudah berakhir.</source>
        <translation>{offices} offices; {reported} with a performance agreement (PK) for {year}; {missing} have not reported the realisation of quarters already ended.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{count} indikator tahun {year}; {missing} realisasi triwulan belum dicatat. Target dan realisasi triwulan kumulatif s.d. akhir triwulan.</source>
        <translation>{count} indicators for {year}; {missing} quarterly realisations not recorded yet. Quarterly targets and realisations are cumulative to the end of the quarter.</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../../desktop/dialogs/calendar.py" line="+14"/>
        <source>Jadwal baru</source>
        <translation>New schedule</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Buka</source>
        <translation>Opens</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tutup</source>
        <translation>Closes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Istirahat (menit)</source>
        <translation>Break (minutes)</translation>
    </message>
</context>
<context>
    <name>RealisationDialog</name>
    <message>
        <location filename="../../desktop/dialogs/performance.py" line="+33"/>
        <source>Catat realisasi</source>
        <translation>Record realisation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Indikator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satuan</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Triwulan {n}</source>
        <translation>Quarter {n}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>capaian kumulatif s.d. akhir triwulan</source>
        <translation>cumulative achievement to the end of the quarter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bukti dukung: nomor laporan, dokumen, …</source>
        <translation>supporting evidence: report number, documents, …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Triwulan</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>Quarter target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realisasi</source>
        <translation>Realisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bukti dukung</source>
        <translation>Supporting evidence</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(tanpa target triwulan)</source>
        <translation>(no quarterly target)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../desktop/dialogs/service_hours.py" line="-40"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>ReceiveReferenceBox</name>
    <message>
        <location filename="../../desktop/pages/sync_reference.py" line="-143"/>
        <source>Terima dari kota</source>
        <translation>Receive from the city</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Terima bundle kota…</source>
        <translation>Receive city bundle…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Kunci kota: {fingerprint}</source>
        <translation>City key: {fingerprint}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kunci kota belum disematkan: bundle kota pertama akan meminta pencocokan sidik kunci.</source>
        <translation>City key not pinned yet: the first city bundle will ask you to compare the key fingerprint.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bundle dari kota</source>
        <translation>Bundle from the city</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bundle Pantau (*.pantau)</source>
        <translation>Pantau bundle (*.pantau)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sidik kunci kota</source>
        <translation>City key fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ini bundle kota pertama di komputer ini. Sidik kuncinya:

{fingerprint}

Samakah dengan yang dibacakan admin kota? Jika tidak, jangan terima.</source>
        <translation>This is the first city bundle on this computer. Its key fingerprint:

{fingerprint}

Is it the same as the one the city admin read out? If not, do not accept it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sama, terima</source>
        <translation>Same, accept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>kota menerima data kantor ini sampai seq {seq}</source>
        <translation>the city has received this office&apos;s data up to seq {seq}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kota belum menerima data kantor ini</source>
        <translation>the city has not received this office&apos;s data yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterima: {applied} baris baru, {unchanged} tetap; {received}.</source>
        <translation>Received: {applied} new rows, {unchanged} unchanged; {received}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Menerima bundle kota…</source>
        <translation>Receiving the city bundle…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle kota ditolak</source>
        <translation>City bundle refused</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desktop/dialogs/complaints.py" line="+56"/>
        <source>Pengaduan baru</source>
        <translation>New complaint</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>— pilih sumber —</source>
        <translation>— choose a source —</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— pilih kategori —</source>
        <translation>— choose a category —</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ketik nama kantor</source>
        <translation>Type the office&apos;s name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Apa yang terjadi, kapan, di mana</source>
        <translation>What happened, when, where</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nomor HP atau alamat pelapor</source>
        <translation>The complainant&apos;s phone number or address</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tambah berkas…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sumber</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kategori</source>
        <translation>Category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor diadukan</source>
        <translation>Office complained about</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai dilaporkan</source>
        <translation>Reported official</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal diterima</source>
        <translation>Date received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uraian</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Untuk pengaduan dari temuan sidak di kantor itu</source>
        <translation>For a complaint from a sidak finding at that office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidak</source>
        <translation>Inspection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hanya dapat dilihat admin kota dan camat; tidak ikut dalam ekspor, laporan, maupun bundle sinkronisasi.</source>
        <translation>Visible only to the city admin and the camat; never in exports, reports or sync bundles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Kontak pelapor (rahasia)</source>
        <translation>Complainant&apos;s contact (confidential)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas bukti</source>
        <translation>Evidence files</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>— tidak —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Tulis nama pegawai yang dilaporkan, atau pilih dari daftar pegawai.</source>
        <translation>Type the reported official&apos;s name, or choose from the staff roster.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../desktop/dialogs/accounts.py" line="+15"/>
        <source>Atur ulang kata sandi {username}</source>
        <translation>Reset the password of {username}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kata sandi baru</source>
        <translation>New password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ulangi kata sandi baru</source>
        <translation>Repeat new password</translation>
    </message>
</context>
<context>
    <name>ReturnDialog</name>
    <message>
        <location filename="../../desktop/pages/innovation_city.py" line="-441"/>
        <source>Kembalikan inovasi</source>
        <translation>Return innovation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Apa yang harus diperbaiki kantor</source>
        <translation>What the office must fix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inovasi</source>
        <translation>Innovation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>RulesTab</name>
    <message>
        <location filename="../../desktop/pages/rules_tab.py" line="+84"/>
        <source>Lebar pita TL/PSW (menit)</source>
        <translation>TL/PSW band width (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jumlah pita TL/PSW</source>
        <translation>Number of TL/PSW bands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peringatan TK sebelum ambang (hari)</source>
        <translation>TK warning before a threshold (days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toleransi cek silang sidak (menit)</source>
        <translation>Inspection cross-check tolerance (minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aturan tiga laporan: jumlah laporan pungli</source>
        <translation>Three-report rule: number of pungli reports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aturan tiga laporan: dalam (bulan)</source>
        <translation>Three-report rule: within (months)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengaduan: verifikasi dalam (hari kerja)</source>
        <translation>Complaints: verify within (working days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaduan: tindak lanjut dalam (hari kerja)</source>
        <translation>Complaints: follow up within (working days)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pengaduan: selesai dalam (hari kerja)</source>
        <translation>Complaints: close within (working days)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Predikat capaian PK: batas persen (capaian di atasnya) dan predikatnya, dari tertinggi; yang terakhir 0.</source>
        <translation>Grades for PK achievement: percentage thresholds (achievement above them) and their grades, from highest; the last one 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Skala predikat PK</source>
        <translation>PK grade scale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan aturan</source>
        <translation>Save rules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jenis layanan</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dipakai</source>
        <translation>in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak dipakai</source>
        <translation>retired</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>kode, mis. ahli_waris</source>
        <translation>code, e.g. ahli_waris</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nama jenis layanan</source>
        <translation>service type name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambah jenis</source>
        <translation>Add type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pakai / tidak dipakai</source>
        <translation>Use / retire</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Aturan ini dan daftar jenis layanan dikirim ke kantor lewat bundle referensi.</source>
        <translation>These rules and the list of service types reach the offices in reference bundles.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Daftar periksa sidak (standar pelayanan)</source>
        <translation>Inspection checklist (service standards)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Klik dua kali sebuah butir untuk mengubah uraiannya.</source>
        <translation>Double-click an item to edit its wording.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>butir baru, mis. Kotak saran tersedia</source>
        <translation>new item, e.g. Suggestion box available</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tambah butir</source>
        <translation>Add item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus butir</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan daftar periksa</source>
        <translation>Save checklist</translation>
    </message>
</context>
<context>
    <name>ServiceHoursDialog</name>
    <message>
        <location filename="../../desktop/dialogs/service_hours.py" line="-123"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ServiceHoursPage</name>
    <message>
        <location filename="../../desktop/pages/service_hours.py" line="+148"/>
        <source>tepat waktu</source>
        <translation>on time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pulang cepat</source>
        <translation>closed early</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>terlambat, pulang cepat</source>
        <translation>late, closed early</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tidak tercatat</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>libur</source>
        <translation>day off</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>belum ditutup</source>
        <translation>not closed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buka</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hari ini</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+69"/>
        <source>Jadwal</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Dibuka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+73"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Buka kantor</source>
        <translation>Open office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup kantor</source>
        <translation>Close office</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Per bulan</source>
        <translation>By month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulan sebelumnya</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulan berikutnya</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bulan ini sudah dikunci pimpinan: perubahan hanya lewat koreksi dengan alasan.</source>
        <translation>This month is locked by the head: changes only by a correction with a reason.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hari</source>
        <translation>Day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka</source>
        <translation>Opened</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+227"/>
        <source>Tutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="-226"/>
        <source>Terlambat
(menit)</source>
        <translation>Late
(min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulang cepat
(menit)</source>
        <translation>Early
(min)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tanda</source>
        <translation>Flags</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+310"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="-292"/>
        <source>Koreksi jam…</source>
        <translation>Correct time…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tutup sehari…</source>
        <translation>Closed all day…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alasan…</source>
        <translation>Reason…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kunci bulan…</source>
        <translation>Lock month…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Jam Layanan</source>
        <translation>Service Hours</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Akhir pekan</source>
        <translation>Weekend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tanpa jadwal</source>
        <translation>No schedule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Libur</source>
        <translation>Holiday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Libur: {name}</source>
        <translation>Holiday: {name}</translation>
    </message>
    <message>
        <location line="-212"/>
        <location line="+224"/>
        <source>belum dibuka</source>
        <translation>not opened yet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dikoreksi</source>
        <translation>corrected</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>terkunci</source>
        <translation>locked</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tutup sepanjang hari: {reason}</source>
        <translation>Closed all day: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bukan hari kerja</source>
        <translation>Not a working day</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Belum dibuka: sudah lewat {minutes} menit dari jadwal</source>
        <translation>Not opened yet: {minutes} min past schedule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Belum dibuka</source>
        <translation>Not opened yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buka di hari libur</source>
        <translation>Opened on a holiday</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terlambat {late} menit, pulang cepat {early} menit</source>
        <translation>{late} min late, closed {early} min early</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terlambat {minutes} menit</source>
        <translation>{minutes} min late</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pulang cepat {minutes} menit</source>
        <translation>Closed {minutes} min early</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+56"/>
        <source>Tepat waktu</source>
        <translation>On time</translation>
    </message>
    <message>
        <location line="-19"/>
        <location line="+2"/>
        <source>Pukul {time}</source>
        <translation>At {time}</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Belum</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Terkunci</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hari kerja</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{percent}% ({days} hari)</source>
        <translation>{days} ({percent}%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rata-rata terlambat</source>
        <translation>Average lateness</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{minutes} menit</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak tercatat</source>
        <translation>Days not recorded</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>{days} hari</source>
        <translation>{days}</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Bulan ini sudah dikunci.</source>
        <translation>This month is already locked.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hanya bulan yang sudah berakhir yang dapat dikunci.</source>
        <translation>Only a month that has ended can be locked.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Periksa tanggal komputer</source>
        <translation>Check the computer&apos;s date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lanjutkan?</source>
        <translation>Continue?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ya, lanjutkan</source>
        <translation>Yes, continue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Tutup sehari</source>
        <translation>Closed all day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor tidak buka pada {day}. Tuliskan alasannya:</source>
        <translation>The office did not open on {day}. Write the reason:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mis. Banjir di depan kantor, rapat di kecamatan</source>
        <translation>e.g. Flooding outside the office, meeting at the kecamatan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alasan terlambat buka atau pulang cepat pada {day}:</source>
        <translation>Reason for opening late or closing early on {day}:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mis. Rapat di kecamatan pagi hari</source>
        <translation>e.g. Morning meeting at the kecamatan</translation>
    </message>
</context>
<context>
    <name>ServicesPage</name>
    <message>
        <location filename="../../desktop/pages/services.py" line="+156"/>
        <source>Selesai</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Diproses</source>
        <translation>In progress</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Catat layanan</source>
        <translation>Record a service</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>1–{max} menit</source>
        <translation>1–{max} min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>boleh dikosongkan</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>sekarang</source>
        <translation>now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama warga hanya disimpan di komputer ini, tidak dikirim ke kota.</source>
        <translation>Residents&apos; names stay on this computer and are not sent to the city.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bulan terkunci</source>
        <translation>Month locked</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulan ini sudah dikunci pimpinan: tidak dapat menambah atau membatalkan catatan.</source>
        <translation>This month is locked by the head: records cannot be added or cancelled.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+39"/>
        <location line="+74"/>
        <source>Jenis layanan</source>
        <translation>Service type</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+40"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Lama (menit)</source>
        <translation>Duration (min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama warga (opsional)</source>
        <translation>Resident name (optional)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>Jam</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Menit</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama warga</source>
        <translation>Resident</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Batalkan catatan…</source>
        <translation>Cancel record…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Jumlah per jenis</source>
        <translation>Count by type</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rekap bulanan per jenis</source>
        <translation>Monthly recap by type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulan sebelumnya</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bulan berikutnya</source>
        <translation>Next month</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+58"/>
        <location line="+15"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Rata-rata menit</source>
        <translation>Avg. minutes</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Layanan hari ini, {day}</source>
        <translation>Today&apos;s services, {day}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Layanan {day}</source>
        <translation>Services on {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jumlah per jenis, {day}</source>
        <translation>Count by type, {day}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} layanan, rata-rata {minutes} menit</source>
        <translation>Services: {count}, average {minutes} min</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{count} layanan dalam {days} hari, rata-rata {minutes} menit</source>
        <translation>Services: {count}, days: {days}, average {minutes} min</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tersimpan: {type}, {outcome}, {minutes} menit, pukul {time}.</source>
        <translation>Saved: {type}, {outcome}, {minutes} min, at {time}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Batalkan catatan layanan</source>
        <translation>Cancel service record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batalkan {type} pukul {time}? Alasan:</source>
        <translation>Cancel {type} at {time}? Reason:</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/pages/settings.py" line="+72"/>
        <source>Akun saya</source>
        <translation>My account</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pengguna</source>
        <translation>Users</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit kerja</source>
        <translation>Work units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jadwal dan hari libur</source>
        <translation>Schedules and holidays</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Aturan dan layanan</source>
        <translation>Rules and services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perangkat dan cadangan</source>
        <translation>Device and backups</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Basis data</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+18"/>
        <source>Nama pengguna</source>
        <translation>Username</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+20"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Ganti kata sandi…</source>
        <translation>Change password…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kata sandi sudah diganti.</source>
        <translation>The password has been changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>aktif</source>
        <translation>active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nonaktif</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tambah pengguna…</source>
        <translation>Add user…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Aktifkan / nonaktifkan</source>
        <translation>Activate / deactivate</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tingkat</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Induk</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tambah unit kerja…</source>
        <translation>Add work unit…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ID perangkat</source>
        <translation>Device ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidik kunci</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder data</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cadangan</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cadangkan sekarang</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Periksa log perubahan</source>
        <translation>Check the change log</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cadangan dibuat: {path}</source>
        <translation>Backup created: {path}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mencadangkan database…</source>
        <translation>Backing up the database…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log {device}: utuh, {count} entri, kepala seq {seq}</source>
        <translation>Log {device}: intact, {count} entries, head seq {seq}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Log {device}: RUSAK — {problems}</source>
        <translation>Log {device}: BROKEN — {problems}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log masih kosong.</source>
        <translation>The log is still empty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memeriksa log perubahan…</source>
        <translation>Checking the change log…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../desktop/dialogs/setup_wizard.py" line="+120"/>
        <source>Penyiapan Pantau</source>
        <translation>Pantau setup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lanjut &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; Kembali</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Penyiapan selesai</source>
        <translation>Setup complete</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pantau disiapkan dari berkas kota.

Mode: {mode}
Kantor: {office}
Perangkat: {device}
Kunci kota disematkan: {fingerprint}

Masuk dengan akun yang diberikan kota.</source>
        <translation>Pantau was set up from the city&apos;s file.

Mode: {mode}
Office: {office}
Device: {device}
City key pinned: {fingerprint}

Log in with the account the city gave you.</translation>
    </message>
</context>
<context>
    <name>SidakCityPage</name>
    <message>
        <location filename="../../desktop/pages/sidak_city.py" line="+23"/>
        <source>Sidak</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sidak dari semua pemeriksa yang sudah diterima kota, tindak lanjut temuannya, dan cek silang dengan catatan jam layanan dan absensi kantor pada hari sidak.</source>
        <translation>Inspections by every inspector that the city has received, the follow-up of their findings, and a cross-check against the office&apos;s service-hours log and roll call on the day of the inspection.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kunjungan</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Cek silang</source>
        <translation>Cross-check</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+61"/>
        <location line="+103"/>
        <source>Semua</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Nama atau kode kantor</source>
        <translation>Office name or code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>s.d.</source>
        <translation>to</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+62"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location line="-59"/>
        <location line="+57"/>
        <location line="+95"/>
        <location line="+85"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dibuka saat menunggu</source>
        <translation>Opened while waiting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hanya dengan temuan terbuka</source>
        <translation>Only with open findings</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+181"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+183"/>
        <source>Tiba</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="-179"/>
        <location line="+26"/>
        <source>Keadaan</source>
        <translation>Found</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Temuan (terbuka)</source>
        <translation>Findings (open)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+94"/>
        <location line="+22"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Pemeriksa</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lihat…</source>
        <translation>View…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Pilih sidak untuk melihat hasil cek silangnya; klik dua kali untuk rinciannya.</source>
        <translation>Select an inspection to see its cross-check; double-click for its details.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cek silang sidak {number}: menunggu data kantor untuk tanggal itu.</source>
        <translation>Cross-check of inspection {number}: waiting for the office&apos;s records of that date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cek silang sidak {number}: sesuai dengan catatan kantor.</source>
        <translation>Cross-check of inspection {number}: agrees with the office&apos;s records.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cek silang sidak {number}: {count} ketidaksesuaian</source>
        <translation>Cross-check of inspection {number}: {count} discrepancies</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draf, belum ditandatangani kedua pihak. {check}</source>
        <translation>Draft, not yet signed by both parties. {check}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Tanggal sidak</source>
        <translation>Inspection date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batas</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Selesai tanggal</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Catat tindak lanjut…</source>
        <translation>Record follow-up…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buka kembali…</source>
        <translation>Reopen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+76"/>
        <source>Lihat sidak…</source>
        <translation>View inspection…</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan kantor</source>
        <translation>Office record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temuan sidak</source>
        <translation>Inspection saw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ekspor CSV…</source>
        <translation>Export to CSV…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV (*.csv)</source>
        <translation>CSV file (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simpan ketidaksesuaian</source>
        <translation>Save discrepancies</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ketidaksesuaian sidak dengan catatan kantor, {start} s.d. {end}</source>
        <translation>Discrepancies between inspections and office records, {start} to {end}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (kantor: {text})</source>
        <translation> (office: {text})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gagal menyimpan</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Berkas {path} tidak dapat ditulis: {reason}</source>
        <translation>The file {path} cannot be written: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} baris disimpan ke {path}</source>
        <translation>{count} rows saved to {path}</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{count} sidak</source>
        <translation>{count} inspections</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{count} temuan: {open} terbuka, {late} terlambat, {done} selesai, {done_late} selesai terlambat</source>
        <translation>{count} findings: {open} open, {late} late, {done} done, {done_late} done late</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{count} sidak: {agrees} sesuai, {differs} tidak sesuai, {waiting} menunggu data kantor; {items} ketidaksesuaian.</source>
        <translation>{count} inspections: {agrees} agree, {differs} differ, {waiting} waiting for office records; {items} discrepancies.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{drafts} draf belum ditandatangani, belum dihitung.</source>
        <translation>{drafts} unsigned draft(s), not counted yet.</translation>
    </message>
</context>
<context>
    <name>SidakDetailDialog</name>
    <message>
        <location filename="../../desktop/dialogs/sidak_detail.py" line="+206"/>
        <source>Sidak {number}</source>
        <translation>Inspection {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sidak {number} — {office}, {day} pukul {time}</source>
        <translation>Inspection {number} — {office}, {day} at {time}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ringkasan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai ({count})</source>
        <translation>Staff ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daftar periksa</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temuan ({count})</source>
        <translation>Findings ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Foto ({count})</source>
        <translation>Photos ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Koreksi ({count})</source>
        <translation>Amendments ({count})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cek silang ({count})</source>
        <translation>Cross-check ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cetak berita acara…</source>
        <translation>Print inspection report…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{time} (dicatat kemudian: {reason})</source>
        <translation>{time} (recorded later: {reason})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>selesai, ditandatangani {when}</source>
        <translation>finished, signed {when}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draf (belum ditandatangani)</source>
        <translation>draft (not signed yet)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiba</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keadaan kantor</source>
        <translation>Office found</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meja layanan</source>
        <translation>Service desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ada petugas</source>
        <translation>staffed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tidak ada petugas</source>
        <translation>nobody at the desk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warga menunggu</source>
        <translation>Residents waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{present} hadir, {absent} tidak hadir dari {total}</source>
        <translation>{present} present, {absent} absent of {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pemeriksa</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anggota tim</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+41"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Tanda tangan</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>belum ada</source>
        <translation>none yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+64"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Cek silang</source>
        <translation>Cross-check</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>draf, belum ditandatangani: {check}</source>
        <translation>draft, not yet signed: {check}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>menunggu data kantor: kota belum menerima catatan kantor untuk tanggal ini</source>
        <translation>waiting for office records: the city has not received the office&apos;s records of this date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sesuai dengan catatan jam layanan dan absensi kantor</source>
        <translation>agrees with the office&apos;s service-hours log and roll call</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} ketidaksesuaian dengan catatan kantor:</source>
        <translation>{count} discrepancies with the office&apos;s records:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} ketidaksesuaian dengan catatan kantor (lihat tab Cek silang)</source>
        <translation>{count} discrepancies with the office&apos;s records (see the Cross-check tab)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+86"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Tidak ada pegawai yang dicatat.</source>
        <translation>No staff were recorded.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Butir</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jawaban</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temuan</source>
        <translation>Finding</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batas</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tindak lanjut</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesai</source>
        <translation>Done on</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sidak ini tidak mencatat temuan.</source>
        <translation>This inspection recorded no findings.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(foto tidak dapat ditampilkan)</source>
        <translation>(the photo cannot be shown)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tidak ada foto.</source>
        <translation>No photos.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Dicatat</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Perihal</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semula</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Menjadi</source>
        <translation>Became</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tidak ada koreksi setelah sidak selesai.</source>
        <translation>No amendments after the inspection was finished.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Jenis</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hal</source>
        <translation>Subject</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan kantor</source>
        <translation>Office record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Temuan sidak</source>
        <translation>Inspection saw</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Simpan berita acara</source>
        <translation>Save inspection report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Berita acara disimpan: {path}</source>
        <translation>Inspection report saved: {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gagal mencetak</source>
        <translation>Printing failed</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mencetak berita acara…</source>
        <translation>Printing the inspection report…</translation>
    </message>
</context>
<context>
    <name>SidakDialog</name>
    <message>
        <location filename="../../desktop/dialogs/sidak.py" line="+171"/>
        <location line="+759"/>
        <source>Sidak baru</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <location line="-753"/>
        <source>Kantor &amp;&amp; kedatangan</source>
        <translation>Office &amp;&amp; arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daftar periksa</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+241"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>Foto</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanda tangan</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+886"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="-882"/>
        <source>Cetak berita acara</source>
        <translation>Print inspection report</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+94"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Ketik nama atau kode kantor…</source>
        <translation>Type an office name or code…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>jam.menit, mis. 08.05</source>
        <translation>hh.mm, e.g. 08.05</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wajib bila jam tiba berbeda dari jam sekarang</source>
        <translation>required if the arrival time differs from the current time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cari kantor</source>
        <translation>Find office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kantor disidak</source>
        <translation>Inspected office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jam tiba</source>
        <translation>Arrival time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan jam tiba</source>
        <translation>Reason for arrival time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor dan kedatangan</source>
        <translation>Office and arrival</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tutup, dibuka saat pemeriksa menunggu</source>
        <translation>Closed, opened while the inspector waited</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>jam.menit</source>
        <translation>hh.mm</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dibuka pukul</source>
        <translation>opened at</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nama yang menerima pemeriksa</source>
        <translation>name of the person who received the inspector</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meja layanan dijaga petugas</source>
        <translation>Service desk staffed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> orang</source>
        <translation> people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keadaan saat tiba</source>
        <translation>Condition on arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diterima oleh</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Warga menunggu</source>
        <translation>Residents waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keadaan kantor</source>
        <translation>Office condition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>18 angka (boleh kosong)</source>
        <translation>18 digits (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>anggota tim lain, pisahkan dengan koma</source>
        <translation>other team members, separated by commas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nama pemeriksa</source>
        <translation>Inspector name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anggota tim</source>
        <translation>Team members</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+142"/>
        <source>Pemeriksa</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Daftar pegawai kantor yang disidak. Tandai yang tidak hadir dan alasannya; untuk dinas luar tulis nomor surat tugasnya.</source>
        <translation>Staff of the inspected office. Mark who is absent and why; for official travel (DL), enter the assignment letter number.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keterangan / no. surat tugas</source>
        <translation>Note / assignment letter no.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tambah orang di luar daftar</source>
        <translation>Add a person not on the list</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Standar pelayanan</source>
        <translation>Service standard</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>Tidak diperiksa</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Rekomendasi</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Batas tindak lanjut</source>
        <translation>Follow-up deadline</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tambah temuan</source>
        <translation>Add finding</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus temuan</source>
        <translation>Remove finding</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Catatan lain (boleh kosong)</source>
        <translation>Other notes (optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Catatan lain</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tambah foto…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hapus foto</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Perwakilan kantor</source>
        <translation>Office representative</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hapus</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Setelah kedua pihak menandatangani, pilih Selesai &amp; kunci. Berita acara lalu terkunci: perubahan sesudahnya dicatat sebagai koreksi dengan alasan, dan nilai semula tetap tercatat.</source>
        <translation>Once both parties have signed, choose Finish &amp; lock. The inspection report is then locked: later changes are recorded as amendments with a reason, and the original values are kept.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+456"/>
        <source>Selesai &amp;&amp; kunci</source>
        <translation>Finish &amp;&amp; lock</translation>
    </message>
    <message>
        <location line="-417"/>
        <location line="+397"/>
        <source>&lt;i&gt;belum dipilih&lt;/i&gt;</source>
        <translation>&lt;i&gt;not chosen yet&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="-361"/>
        <source>nama</source>
        <translation>name</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>no. surat tugas (wajib)</source>
        <translation>assignment letter no. (required)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilih kantor dulu; daftar pegawainya muncul di sini.</source>
        <translation>Choose an office first; its staff list appears here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak ada pegawai terdaftar.</source>
        <translation>No staff registered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{total} pegawai: {present} hadir, {absent} tidak hadir</source>
        <translation>{total} staff: {present} present, {absent} absent</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>apa yang ditemukan</source>
        <translation>what was found</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>yang harus dilakukan kantor</source>
        <translation>what the office must do</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Beri batas waktu tindak lanjut</source>
        <translation>Set a follow-up deadline</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&lt;i&gt;isi Diterima oleh di tab pertama&lt;/i&gt;</source>
        <translation>&lt;i&gt;fill in Received by on the first tab&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bagian</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Semula</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Menjadi</source>
        <translation>Became</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Koreksi ({count})</source>
        <translation>Amendments ({count})</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>pemeriksa</source>
        <translation>inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perwakilan kantor</source>
        <translation>office representative</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Belum ditandatangani: {who}.</source>
        <translation>Not signed yet: {who}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selesai &amp; kunci</source>
        <translation>Finish &amp; lock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Selesaikan berita acara sidak ini? Sesudahnya setiap perubahan dicatat sebagai koreksi dengan alasan.</source>
        <translation>Finish this inspection report? Afterwards every change is recorded as an amendment with a reason.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berita acara selesai dan terkunci. Sekarang dapat dicetak.</source>
        <translation>The inspection report is finished and locked. It can now be printed.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Alasan koreksi</source>
        <translation>Reason for amendment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sidak ini sudah selesai atau sudah dikirim. Perubahan dicatat sebagai koreksi di berita acara, nilai semula tetap tercatat. Tulis alasannya (minimal {count} huruf):</source>
        <translation>This inspection is already finished or sent. Changes are recorded as amendments in the inspection report, and the original values are kept. Give the reason (at least {count} characters):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mis. salah ketik jam kantor dibuka</source>
        <translation>e.g. typo in the office opening time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan koreksi</source>
        <translation>Save amendment</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;Sidak baru&lt;/b&gt; · belum disimpan</source>
        <translation>&lt;b&gt;New inspection&lt;/b&gt; · not saved yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sidak {number}</source>
        <translation>Inspection {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>selesai dan terkunci: perubahan dicatat sebagai koreksi</source>
        <translation>finished and locked: changes are recorded as amendments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sudah dikirim: perubahan dicatat sebagai koreksi</source>
        <translation>already sent: changes are recorded as amendments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{number}&lt;/b&gt; · {office} · {day} · {state}</source>
        <translation>&lt;b&gt;{number}&lt;/b&gt; · {office}, {day} · {state}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>{count} dari {limit} foto · JPEG atau PNG, paling besar {size} MB</source>
        <translation>{count} of {limit} photos · JPEG or PNG, at most {size} MB</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sudah selesai</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pilih foto</source>
        <translation>Choose photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foto (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.JPG *.JPEG *.PNG)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tulis alasannya (minimal {count} huruf).</source>
        <translation>Give the reason (at least {count} characters).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Menyiapkan foto…</source>
        <translation>Preparing photos…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{count} foto ditambahkan.</source>
        <translation>{count} photos added.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Simpan isian sidak ini sebelum menutup?</source>
        <translation>Save this inspection before closing?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>SidakLabels</name>
    <message>
        <location filename="../../desktop/dialogs/sidak_detail.py" line="-401"/>
        <source>dibuka pukul {time}</source>
        <translation>opened at {time}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dibuka saat menunggu</source>
        <translation>opened while waiting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>buka</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tutup</source>
        <translation>closed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dinas luar</source>
        <translation>Official travel (DL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Izin</source>
        <translation>Leave with permission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sakit</source>
        <translation>Sick</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tanpa keterangan</source>
        <translation>Absent without notice (TK)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak diperiksa</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+9"/>
        <source>selesai</source>
        <translation>done</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>draf</source>
        <translation>draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{status}, dikoreksi</source>
        <translation>{status}, amended</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>terbuka</source>
        <translation>open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>terlambat</source>
        <translation>late</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>selesai terlambat</source>
        <translation>done late</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} ketidaksesuaian</source>
        <translation>{count} discrepancies</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>sesuai</source>
        <translation>agrees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>menunggu data kantor</source>
        <translation>waiting for office records</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>draf, belum ditandatangani · {check}</source>
        <translation>draft, not yet signed · {check}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Jam layanan</source>
        <translation>Service hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kehadiran pegawai</source>
        <translation>Staff attendance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak tercatat</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>pemeriksa</source>
        <translation>inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>perwakilan kantor</source>
        <translation>office representative</translation>
    </message>
</context>
<context>
    <name>SidakPage</name>
    <message>
        <location filename="../../desktop/pages/sidak.py" line="+45"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nomor</source>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jam tiba</source>
        <translation>Arrival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keadaan</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tidak hadir</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{absent} dari {staff}</source>
        <translation>{absent} of {staff}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Temuan</source>
        <translation>Findings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Koreksi</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dikoreksi</source>
        <translation>amended</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sidak baru</source>
        <translation>New inspection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buka</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cetak berita acara</source>
        <translation>Print inspection report</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sidak</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{total} sidak, {drafts} masih draf</source>
        <translation>{total} inspections, {drafts} still drafts</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Simpan berita acara</source>
        <translation>Save inspection report</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+22"/>
        <source>Tidak dapat mencetak</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Pencetakan berita acara belum tersedia di versi ini.</source>
        <translation>Printing inspection reports is not available in this version yet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Berita acara {number} disimpan di {path}</source>
        <translation>Inspection report {number} saved to {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mencetak berita acara {number}…</source>
        <translation>Printing inspection report {number}…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mencetak berita acara…</source>
        <translation>Printing the inspection report…</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop/pages/__init__.py" line="+34"/>
        <location line="+3"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jam Layanan</source>
        <translation>Service Hours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absensi</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Layanan</source>
        <translation>Services</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Inovasi</source>
        <translation>Innovations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kinerja</source>
        <translation>Performance</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Sidak</source>
        <translation>Inspections</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pengaduan</source>
        <translation>Complaints</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buku sinkronisasi</source>
        <translation>Sync Ledger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pengaturan</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../../desktop/widgets/signature.py" line="+43"/>
        <source>Tanda tangan dengan tetikus atau pena</source>
        <translation>Sign with the mouse or a pen</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Tanda tangan di sini</source>
        <translation>Sign here</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <location filename="../../desktop/dialogs/staff.py" line="+31"/>
        <source>Ubah pegawai</source>
        <translation>Edit staff member</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tambah pegawai</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>18 angka, mis. 19850312 201001 1 003</source>
        <translation>18 digits, e.g. 19850312 201001 1 003</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>untuk non-ASN tanpa NIP</source>
        <translation>for non-civil-servant (non-ASN) staff without a NIP</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No. pegawai lokal</source>
        <translation>Local staff no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktif sejak</source>
        <translation>Active since</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../desktop/pages/staff.py" line="+46"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIP / No. lokal</source>
        <translation>NIP / local no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Aktif sejak</source>
        <translation>Active since</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktif s.d.</source>
        <translation>Active until</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Saring nama, NIP, jabatan…</source>
        <translation>Filter by name, NIP, position…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tampilkan yang nonaktif</source>
        <translation>Show inactive staff</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tambah pegawai</source>
        <translation>Add staff member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ubah</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nonaktifkan</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aktifkan lagi</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>{active} aktif, {total} ditampilkan</source>
        <translation>{active} active, {total} shown</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Nonaktifkan pegawai</source>
        <translation>Deactivate staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hari terakhir aktif {name}:</source>
        <translation>Last active day of {name}:</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/pages/sync.py" line="+202"/>
        <source>Ekspor ke USB (untuk kota)</source>
        <translation>Export to USB (for the city)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Entri baru</source>
        <translation>New entries</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Belum dipilih (misalnya flashdisk)</source>
        <translation>Not chosen yet (e.g. a USB stick)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+133"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Semua entri sejak awal (seq 1), bukan hanya yang baru</source>
        <translation>All entries from the start (seq 1), not only the new ones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ekspor ke USB</source>
        <translation>Export to USB</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Diterima kota</source>
        <translation>Received by the city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belum diterima</source>
        <translation>Not yet received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder tujuan</source>
        <translation>Target folder</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Belum ada: kota belum mengonfirmasi menerima data perangkat ini.</source>
        <translation>Nothing yet: the city has not confirmed receiving this device&apos;s data.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tidak ada yang baru sejak konfirmasi terakhir.</source>
        <translation>Nothing new since the last confirmation.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pilih folder tujuan ekspor</source>
        <translation>Choose the export folder</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Tidak ada yang baru untuk diekspor.</source>
        <translation>Nothing new to export.</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>{count} entri baru, seq {seqs}</source>
        <translation>{count} new entries, seq {seqs}</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Sinkronisasi</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Jenis data</source>
        <translation>Kind of data</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>sampai seq {seq} (dikonfirmasi {when})</source>
        <translation>up to seq {seq} (confirmed {when})</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Tersimpan: {name} ({count} entri, seq {seqs}) di {folder}</source>
        <translation>Saved: {name} ({count} entries, seq {seqs}) in {folder}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Diteruskan tanpa diubah: {count} bundle kelurahan yang belum diterima kota.</source>
        <translation>Passed on unchanged: {count} kelurahan bundles the city has not received yet.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mengekspor ke USB…</source>
        <translation>Exporting to USB…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Impor bundle dari kantor</source>
        <translation>Import bundles from offices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impor bundle kelurahan di {office}</source>
        <translation>Import bundles of the kelurahan in {office}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Seq</source>
        <translation>Seq no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tetap</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pilih berkas…</source>
        <translation>Choose files…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Terapkan</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilih berkas .pantau atau satu folder berisi banyak bundle, dalam urutan apa pun.</source>
        <translation>Choose .pantau files or one folder holding many bundles, in any order.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Pilih bundle Pantau</source>
        <translation>Choose Pantau bundles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bundle Pantau (*.pantau);;Semua berkas (*)</source>
        <translation>Pantau bundles (*.pantau);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pilih folder berisi bundle</source>
        <translation>Choose a folder of bundles</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>dilepas dari tahanan</source>
        <translation>released from hold</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Folder: {folder}</source>
        <translation>Folder {folder}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{count} berkas dipilih</source>
        <translation>{count} files chosen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memeriksa {name}…</source>
        <translation>Checking {name}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tidak ada berkas .pantau di sini.</source>
        <translation>No .pantau files here.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pratinjau, belum ada yang diterapkan: {counts}. Periksa lalu klik Terapkan.</source>
        <translation>Preview, nothing applied yet: {counts}. Check, then click Apply.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Memeriksa bundle…</source>
        <translation>Checking bundles…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mengimpor {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Selesai diimpor: {counts}.</source>
        <translation>Import finished: {counts}.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mengimpor bundle…</source>
        <translation>Importing bundles…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Gagal</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>SyncResult</name>
    <message>
        <location line="-461"/>
        <source>akan diterapkan</source>
        <translation>will be applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>akan ditahan</source>
        <translation>will be held</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>diterapkan</source>
        <translation>applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sudah ada</source>
        <translation>already here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ditahan</source>
        <translation>held</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ditolak</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pegawai</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Akun pengguna</source>
        <translation>User accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kantor dan unit kerja</source>
        <translation>Offices and units</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/tasks.py" line="+76"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/dialogs/complaints.py" line="+38"/>
        <source>Verifikasi pengaduan</source>
        <translation>Verify the complaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catatan</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apa yang diperiksa dan hasilnya</source>
        <translation>What was checked and the result</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Valid: pengaduan terbukti</source>
        <translation>Valid: the complaint is substantiated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tidak valid: pengaduan tidak terbukti</source>
        <translation>Not valid: the complaint is not substantiated</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hasil</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pilih hasil verifikasi: valid atau tidak valid.</source>
        <translation>Choose the verification result: valid or not valid.</translation>
    </message>
</context>
</TS>
