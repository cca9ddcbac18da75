<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AccountPage</name>
    <message>
        <location filename="../../desktop/dialogs/setup_wizard.py" line="+110"/>
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
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../desktop/dialogs/accounts.py" line="+70"/>
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
    <name>HomePage</name>
    <message>
        <location filename="../../desktop/pages/home.py" line="+24"/>
        <source>Kantor</source>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+2"/>
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
        <location line="+24"/>
        <source>{seq} entri di log perangkat ini</source>
        <translation>{seq} entries in this device&apos;s log</translation>
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
    <name>ModePage</name>
    <message>
        <location filename="../../desktop/dialogs/setup_wizard.py" line="-142"/>
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
        <translation>Inspector&apos;s laptop: spot inspections of offices and official reports.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kota (Bagian Organisasi/Inspektorat): impor data semua kantor, dasbor, pengaduan, laporan.</source>
        <translation>City (Organisation Division/Inspectorate): import data from all offices, dashboard, complaints, reports.</translation>
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
    <name>OfficePage</name>
    <message>
        <location filename="../../desktop/dialogs/setup_wizard.py" line="+19"/>
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
    <name>Page</name>
    <message>
        <location filename="../../desktop/pages/base.py" line="+39"/>
        <source>Tidak dapat disimpan</source>
        <translation>Could not be saved</translation>
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
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/pages/settings.py" line="+80"/>
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
        <location line="+1"/>
        <source>Perangkat dan cadangan</source>
        <translation>Device and backups</translation>
    </message>
    <message>
        <location line="+11"/>
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
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../desktop/pages/__init__.py" line="+22"/>
        <source>Beranda</source>
        <translation>Home</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+30"/>
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
    <name>TaskRunner</name>
    <message>
        <location filename="../../desktop/tasks.py" line="+76"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../desktop/dialogs/accounts.py" line="-86"/>
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
</TS>
